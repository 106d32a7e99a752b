package org.chorale.directory;

import java.util.List;
import java.util.Optional;

import org.chorale.shared.StructureIdentifier;

/**
 * The directory's answer to a {@link RoutingRequest}: where the invoice goes, or every
 * reason it cannot go.
 */
public record RoutingDecision(Optional<Destination> destination, List<RoutingProblem> problems) {

	public RoutingDecision {
		problems = List.copyOf(problems);
		if (destination.isPresent() != problems.isEmpty()) {
			throw new IllegalArgumentException("A destination exactly when nothing is refused");
		}
	}

	static RoutingDecision accepted(Destination destination) {
		return new RoutingDecision(Optional.of(destination), List.of());
	}

	static RoutingDecision refused(List<RoutingProblem> problems) {
		return new RoutingDecision(Optional.empty(), problems);
	}

	public boolean accepted() {
		return this.destination.isPresent();
	}

	/**
	 * Where an accepted invoice goes.
	 *
	 * @param serviceCode the service named, else the recipient's default service
	 * FACTURES_PUBLIQUES when it has that one open, else empty: the recipient as a whole
	 * @param paymentStatusReported whether the recipient, or the service, reports the
	 * "mise en paiement" status
	 */
	public record Destination(long recipientId, StructureIdentifier recipient, String name,
			Optional<String> serviceCode, boolean paymentStatusReported) {

	}

}
