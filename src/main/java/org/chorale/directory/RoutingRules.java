package org.chorale.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The routing decision, as Chorus Pro takes it at deposit: a recipient unknown, inactive
 * or acting only as works owner stops everything; otherwise every problem with the
 * service code and the commitment number is reported at once, so that a supplier fixes
 * them in one go.
 */
final class RoutingRules {

	private static final Pattern COMMITMENT_NUMBER = Pattern.compile("[^\\p{Cntrl}]{1," + Commitment.NUMBER_MAX + "}");

	private RoutingRules() {
	}

	static RoutingDecision decide(RoutingRequest request, Optional<RoutingFacts> found) {
		if (found.isEmpty()) {
			return refused(new RoutingProblem(RoutingRefusal.RECIPIENT_UNKNOWN, request.recipient().value()));
		}
		RoutingFacts facts = found.get();
		RecipientView recipient = facts.recipient();
		if (!recipient.active()) {
			return refused(new RoutingProblem(RoutingRefusal.RECIPIENT_INACTIVE, recipient.name()));
		}
		if (recipient.parameters().moaOnly()) {
			return refused(new RoutingProblem(RoutingRefusal.RECIPIENT_MOA_ONLY, recipient.name()));
		}
		List<RoutingProblem> problems = new ArrayList<>();
		Optional<RecipientService> named = request.serviceCode().isPresent()
				? facts.service().filter(service -> service.receivesOn(request.date())) : Optional.empty();
		checkService(request, facts, problems);
		checkCommitment(request, facts, named, problems);
		if (!problems.isEmpty()) {
			return RoutingDecision.refused(problems);
		}
		Optional<RecipientService> destination = facts.service().filter(service -> service.receivesOn(request.date()));
		return RoutingDecision
			.accepted(new RoutingDecision.Destination(recipient.id(), recipient.identifier(), recipient.name(),
					destination.map(RecipientService::code), destination.map(RecipientService::paymentStatusReported)
						.orElse(recipient.parameters().paymentStatusReported())));
	}

	private static void checkService(RoutingRequest request, RoutingFacts facts, List<RoutingProblem> problems) {
		RecipientView recipient = facts.recipient();
		if (request.serviceCode().isEmpty()) {
			if (recipient.parameters().serviceRequired()) {
				problems.add(new RoutingProblem(RoutingRefusal.SERVICE_REQUIRED, recipient.name()));
			}
			return;
		}
		Optional<String> code = ServiceCode.parse(request.serviceCode().get());
		if (code.isEmpty()) {
			problems.add(new RoutingProblem(RoutingRefusal.SERVICE_CODE_INVALID, ServiceCode.MAX));
		}
		else if (facts.service().isEmpty()) {
			problems.add(new RoutingProblem(RoutingRefusal.SERVICE_UNKNOWN, code.get(), recipient.name()));
		}
		else if (!facts.service().get().receivesOn(request.date())) {
			problems.add(new RoutingProblem(RoutingRefusal.SERVICE_INACTIVE, code.get(), recipient.name()));
		}
	}

	private static void checkCommitment(RoutingRequest request, RoutingFacts facts, Optional<RecipientService> named,
			List<RoutingProblem> problems) {
		RecipientView recipient = facts.recipient();
		RecipientParameters parameters = recipient.parameters();
		if (request.commitmentNumber().isEmpty()) {
			if (parameters.commitmentRequired()) {
				problems.add(new RoutingProblem(RoutingRefusal.COMMITMENT_REQUIRED, recipient.name()));
			}
			else if (named.filter(RecipientService::commitmentRequired).isPresent()) {
				problems.add(new RoutingProblem(RoutingRefusal.COMMITMENT_REQUIRED_BY_SERVICE, named.get().code(),
						recipient.name()));
			}
			if (parameters.serviceOrCommitment() && request.serviceCode().isEmpty() && !parameters.serviceRequired()
					&& !parameters.commitmentRequired()) {
				problems.add(new RoutingProblem(RoutingRefusal.SERVICE_OR_COMMITMENT_REQUIRED, recipient.name()));
			}
			return;
		}
		String number = request.commitmentNumber().get();
		if (!COMMITMENT_NUMBER.matcher(number).matches()) {
			problems.add(new RoutingProblem(RoutingRefusal.COMMITMENT_NUMBER_INVALID, Commitment.NUMBER_MAX));
		}
		else if (facts.registersCommitments()) {
			facts.commitment()
				.ifPresentOrElse(
						commitment -> commitment.refusalFor(request.supplier(), request.date())
							.ifPresent(problems::add),
						() -> problems
							.add(new RoutingProblem(RoutingRefusal.COMMITMENT_UNKNOWN, number, recipient.name())));
		}
	}

	private static RoutingDecision refused(RoutingProblem problem) {
		return RoutingDecision.refused(List.of(problem));
	}

}
