package org.chorale.cpro;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.chorale.structure.MembershipView;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Chorus Pro's Utilisateurs API: the technical user's own attachments. */
@Tag(name = "Utilisateurs", description = "Chorus Pro /cpro/utilisateurs/v1: the technical user's attachments")
@CproApi
class UtilisateursController {

	private final StructureManagement structures;

	UtilisateursController(StructureManagement structures) {
		this.structures = structures;
	}

	@PostMapping("/cpro/utilisateurs/v1/monCompte/recuperer/rattachements")
	Map<String, Object> rattachements(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Attachments request) {
		Paging paging = Paging.of((request == null) ? null : request.parametresRecherche());
		List<MembershipView> memberships = this.structures.memberships(caller.account());
		Map<Long, StructureView> views = new java.util.HashMap<>();
		this.structures.structures(memberships.stream().map(MembershipView::structureId).toList())
			.forEach(view -> views.put(view.id().value(), view));
		List<Map<String, Object>> items = Request.slice(memberships, paging).stream().map(membership -> {
			StructureView structure = views.get(membership.structureId().value());
			Map<String, Object> item = Answer.object();
			item.put("idRattachementStructure", membership.id());
			item.put("idStructure", structure.id().value());
			item.put("identifiantStructure", structure.identifier().value());
			item.put("typeIdentifiantStructure", structure.identifier().type().name());
			item.put("designationStructure", structure.name());
			item.put("roleUtilisateur", membership.role().name());
			item.put("statutRattachementStructure", membership.status().name());
			item.put("statutUtilisateur", "ACTIF");
			item.put("listeServicesRattache", List.of());
			item.put("espaces",
					membership.rights()
						.entrySet()
						.stream()
						.map(right -> Map.of("espace", right.getKey().name(), "habilitation", right.getValue().name()))
						.toList());
			return item;
		}).toList();
		return Answer.page("listeStructureRattachement", items, paging, memberships.size());
	}

	record Attachments(Paging.Parameters parametresRecherche) {

	}

}
