package org.chorale.cpro;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.chorale.structure.StructureManagement;
import org.chorale.structure.WorkArea;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Chorale's pending-events feed, beyond Chorus Pro: a connector reads what happened to
 * its structure's invoices since it last looked, then acknowledges it, instead of
 * searching every invoice again.
 */
@Tag(name = "Evenements", description = "Chorale: the pending-events feed (invoices received, status changes)")
@CproApi
@RequestMapping("/cpro/evenements/v1")
class EvenementsController {

	private static final int MAX = 500;

	private final ApiEvents events;

	private final StructureManagement structures;

	EvenementsController(ApiEvents events, StructureManagement structures) {
		this.events = events;
		this.structures = structures;
	}

	/**
	 * The oldest events not yet acknowledged, after {@code apresIdEvenement} if given.
	 */
	@PostMapping("/rechercher")
	Map<String, Object> rechercher(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Reading request) {
		Set<ApiEvents.Side> sides = sides(caller);
		int size = (request == null || request.nbResultats() == null || request.nbResultats() == 0) ? 100
				: request.nbResultats();
		if (size < 1 || size > MAX) {
			throw ApiFailure.invalid("cpro.error.pageSize", MAX);
		}
		long after = (request == null || request.apresIdEvenement() == null) ? 0 : request.apresIdEvenement();
		Map<String, Object> answer = Answer.ok();
		answer.put("listeEvenements", this.events.pending(caller.structure(), sides, after, size));
		answer.put("nbEvenementsEnAttente", this.events.pendingCount(caller.structure(), sides));
		return answer;
	}

	/** Acknowledges events: they leave the feed. */
	@PostMapping("/acquitter")
	Map<String, Object> acquitter(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Acknowledgement request) {
		if (request == null || request.listeIdEvenement() == null || request.listeIdEvenement().isEmpty()) {
			throw ApiFailure.invalid("cpro.error.required", "listeIdEvenement");
		}
		Map<String, Object> answer = Answer.ok();
		answer.put("nbAcquittes",
				this.events.acknowledge(caller.structure(), sides(caller), request.listeIdEvenement()));
		return answer;
	}

	/**
	 * The sides whose events the technical user may read: those of the invoices it may
	 * see, as on the portal ("Factures émises", "Factures reçues").
	 * @throws AccessDeniedException when it may see neither
	 */
	private Set<ApiEvents.Side> sides(Caller caller) {
		Set<ApiEvents.Side> sides = EnumSet.noneOf(ApiEvents.Side.class);
		Map<WorkArea, ApiEvents.Side> areas = Map.of(WorkArea.FACTURES_EMISES, ApiEvents.Side.S,
				WorkArea.FACTURES_RECUES, ApiEvents.Side.R);
		areas.forEach((area, side) -> {
			try {
				this.structures.access(caller.account(), caller.structure(), area);
				sides.add(side);
			}
			catch (AccessDeniedException ex) {
				// not this side's
			}
		});
		if (sides.isEmpty()) {
			throw new AccessDeniedException("No invoice area for " + caller.login());
		}
		return sides;
	}

	record Reading(Long apresIdEvenement, Integer nbResultats) {

	}

	record Acknowledgement(List<Long> listeIdEvenement) {

	}

}
