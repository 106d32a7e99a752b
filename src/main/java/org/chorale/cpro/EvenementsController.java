package org.chorale.cpro;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;

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

	EvenementsController(ApiEvents events) {
		this.events = events;
	}

	/**
	 * The oldest events not yet acknowledged, after {@code apresIdEvenement} if given.
	 */
	@PostMapping("/rechercher")
	Map<String, Object> rechercher(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Reading request) {
		int size = (request == null || request.nbResultats() == null) ? 100 : request.nbResultats();
		if (size < 1 || size > MAX) {
			throw ApiFailure.invalid("cpro.error.pageSize", MAX);
		}
		long after = (request == null || request.apresIdEvenement() == null) ? 0 : request.apresIdEvenement();
		Map<String, Object> answer = Answer.ok();
		answer.put("listeEvenements", this.events.pending(caller.structure(), after, size));
		answer.put("nbEvenementsEnAttente", this.events.pendingCount(caller.structure()));
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
		answer.put("nbAcquittes", this.events.acknowledge(caller.structure(), request.listeIdEvenement()));
		return answer;
	}

	record Reading(Long apresIdEvenement, Integer nbResultats) {

	}

	record Acknowledgement(List<Long> listeIdEvenement) {

	}

}
