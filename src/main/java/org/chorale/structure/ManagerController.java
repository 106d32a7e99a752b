package org.chorale.structure;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chorale.account.SignedInUser;
import org.chorale.shared.Refusal;
import org.chorale.system.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The primary manager's console ("Activités du gestionnaire"): join requests, users and
 * their rights, work areas and the structure's details.
 */
@Controller
@RequestMapping("/structures/{id}/gestion")
class ManagerController {

	private static final String PAGE = "structure/console";

	private final ManagerConsole console;

	ManagerController(ManagerConsole console) {
		this.console = console;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model, Locale locale) {
		ManagerConsole.Console view = this.console.console(me.accountId(), new StructureId(id));
		model.addAttribute("details", DetailsForm.of(view.structure()));
		return page(view, model, locale);
	}

	@PostMapping("/demandes")
	String decide(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(name = "requests", required = false) List<Long> requests, @RequestParam String decision,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		if (requests == null || requests.isEmpty()) {
			return done(redirect, id, "console.requests.noneSelected");
		}
		boolean approve = "approve".equals(decision);
		return attempt(redirect, id, approve ? "console.requests.approved" : "console.requests.refused",
				() -> this.console.decide(me.accountId(), new StructureId(id), requests, approve, comment));
	}

	@PostMapping("/membres/{member}/droits")
	String grant(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long member,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<WorkArea, AccessRight> rights = new EnumMap<>(WorkArea.class);
		for (WorkArea area : WorkArea.values()) {
			Optional.ofNullable(form.get("right_" + area.name()))
				.filter(value -> !value.isEmpty())
				.ifPresent(value -> rights.put(area, AccessRight.valueOf(value)));
		}
		return attempt(redirect, id, "console.rights.saved",
				() -> this.console.grant(me.accountId(), new StructureId(id), member, rights));
	}

	@PostMapping("/membres/{member}/detacher")
	String detach(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long member,
			RedirectAttributes redirect) {
		return attempt(redirect, id, "console.member.detached",
				() -> this.console.detach(me.accountId(), new StructureId(id), member));
	}

	@PostMapping("/membres/{member}/gestionnaire-principal")
	String transfer(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long member,
			RedirectAttributes redirect) {
		try {
			this.console.transfer(me.accountId(), new StructureId(id), member);
			return "redirect:/structures/" + id;
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("refusal", ex);
			return "redirect:/structures/" + id + "/gestion";
		}
	}

	@PostMapping("/membres/{member}/activation")
	String resendActivation(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long member,
			RedirectAttributes redirect) {
		boolean sent = this.console.resendActivation(me.accountId(), new StructureId(id), member);
		return done(redirect, id, sent ? "console.member.activationSent" : "console.member.alreadyActive");
	}

	@PostMapping("/espaces")
	String workAreas(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(name = "workAreas", required = false) Set<WorkArea> areas, RedirectAttributes redirect) {
		Set<WorkArea> opened = (areas == null) ? EnumSet.noneOf(WorkArea.class) : EnumSet.copyOf(areas);
		return attempt(redirect, id, "console.areas.saved",
				() -> this.console.openWorkAreas(me.accountId(), new StructureId(id), opened));
	}

	@PostMapping("/structure")
	String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("details") DetailsForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		ManagerConsole.Console view = this.console.console(me.accountId(), new StructureId(id));
		Optional<StructureDetails> details = form.details(result, view.structure().nonDiffusible());
		if (details.isEmpty()) {
			return page(view, model, locale);
		}
		this.console.edit(me.accountId(), new StructureId(id), details.get());
		return done(redirect, id, "console.structure.saved");
	}

	private String page(ManagerConsole.Console view, Model model, Locale locale) {
		model.addAttribute("console", view);
		model.addAttribute("areas", WorkArea.values());
		model.addAttribute("rights", AccessRight.values());
		model.addAttribute("countries", Country.all(locale));
		return PAGE;
	}

	private static String attempt(RedirectAttributes redirect, long id, String success, Runnable action) {
		try {
			action.run();
			return done(redirect, id, success);
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("refusal", ex);
			return "redirect:/structures/" + id + "/gestion";
		}
	}

	private static String done(RedirectAttributes redirect, long id, String message) {
		redirect.addFlashAttribute("saved", message);
		return "redirect:/structures/" + id + "/gestion";
	}

	record DetailsForm(String name, String addressLine, String addressComplement, String postalCode, String city,
			String addressCountry) {

		static DetailsForm of(StructureView structure) {
			Optional<Address> address = structure.address();
			return new DetailsForm(structure.name(), address.map(Address::line).orElse(""),
					address.map(Address::complement).orElse(""), address.map(Address::postalCode).orElse(""),
					address.map(Address::city).orElse(""),
					address.map(a -> a.country().code()).orElse(structure.country().code()));
		}

		Optional<StructureDetails> details(BindingResult result, boolean nonDiffusible) {
			return new StructureForm(this.name, this.addressLine, this.addressComplement, this.postalCode, this.city,
					this.addressCountry, "", "", "", "", true)
				.structure(result, nonDiffusible);
		}

	}

}
