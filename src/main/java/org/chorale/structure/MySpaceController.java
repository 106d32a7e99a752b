package org.chorale.structure;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chorale.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a signed-in person lands: the structures they belong to or asked to join, and
 * each structure's home with its work areas.
 */
@Controller
class MySpaceController {

	private final StructureManagement structures;

	MySpaceController(StructureManagement structures) {
		this.structures = structures;
	}

	@GetMapping("/mon-espace")
	String mySpace(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String active,
			Model model) {
		List<MembershipView> memberships = this.structures.memberships(me.accountId());
		List<MembershipView> validated = memberships.stream()
			.filter(m -> m.status() == MembershipStatus.VALIDEE)
			.toList();
		if (validated.size() == 1 && memberships.size() == 1) {
			return "redirect:/structures/" + validated.get(0).structureId() + ((active != null) ? "?active" : "");
		}
		return list(me, model, memberships);
	}

	/** The list alone, as "Mon compte" shows it. */
	@GetMapping("/mon-espace/structures")
	String structuresFragment(@AuthenticationPrincipal SignedInUser me, Model model) {
		list(me, model, this.structures.memberships(me.accountId()));
		return "structure/my-space :: structures";
	}

	@GetMapping("/structures/{id}")
	String home(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		StructureId structureId = new StructureId(id);
		model.addAttribute("structure", this.structures.structureFor(me.accountId(), structureId));
		model.addAttribute("membership", this.structures.member(me.accountId(), structureId));
		model.addAttribute("areas", WorkArea.values());
		model.addAttribute("commitmentsArea", WorkArea.ENGAGEMENTS);
		model.addAttribute("invoicesArea", WorkArea.FACTURES_EMISES);
		model.addAttribute("receivedArea", WorkArea.FACTURES_RECUES);
		model.addAttribute("toValidateArea", WorkArea.FACTURES_A_VALIDER);
		model.addAttribute("sentRequests", WorkArea.SOLLICITATIONS_EMISES);
		model.addAttribute("receivedRequests", WorkArea.SOLLICITATIONS_RECUES);
		model.addAttribute("espdArea", WorkArea.DUME);
		return "structure/home";
	}

	private String list(SignedInUser me, Model model, List<MembershipView> memberships) {
		Map<StructureId, StructureView> byId = this.structures
			.structures(memberships.stream().map(MembershipView::structureId).toList())
			.stream()
			.collect(Collectors.toMap(StructureView::id, Function.identity()));
		model.addAttribute("memberships", memberships);
		model.addAttribute("structuresById", byId);
		return "structure/my-space";
	}

}
