package org.chorale.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing decision over every combination of a recipient's parameters, the service
 * the invoice names and the commitment number it gives; the expected answer of each
 * combination comes from the rules as the directory page states them to suppliers.
 */
class RoutingRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final StructureIdentifier RECIPIENT = new StructureIdentifier(IdentifierType.SIRET, "21999900000017");

	static final StructureIdentifier SUPPLIER = new StructureIdentifier(IdentifierType.SIRET, "12345678200010");

	static final StructureIdentifier OTHER_SUPPLIER = new StructureIdentifier(IdentifierType.SIRET, "35600000000048");

	/** The service an invoice names, as the directory knows it. */
	enum ServiceInput {

		NONE(null), OPEN("ECOLES"), OPEN_REQUIRING_COMMITMENT("TRAVAUX"), DEACTIVATED("ANCIEN"), NOT_YET_OPEN("FUTUR"),
		ENDED("CLOS"), UNKNOWN("INCONNU"), NOT_A_CODE("A\tB");

		final String code;

		ServiceInput(String code) {
			this.code = code;
		}

		Optional<RecipientService> known() {
			ServiceDetails details = switch (this) {
				case OPEN -> service(true, null, null, false);
				case OPEN_REQUIRING_COMMITMENT -> service(true, null, null, true);
				case DEACTIVATED -> service(false, null, null, false);
				case NOT_YET_OPEN -> service(true, TODAY.plusDays(1), null, false);
				case ENDED -> service(true, TODAY.minusYears(1), TODAY.minusDays(1), false);
				default -> null;
			};
			return Optional.ofNullable(details).map(found -> RecipientService.create(1, this.code, found));
		}

		boolean receives() {
			return this == OPEN || this == OPEN_REQUIRING_COMMITMENT;
		}

		private static ServiceDetails service(boolean active, LocalDate start, LocalDate end, boolean commitment) {
			return new ServiceDetails("Service", active, Optional.ofNullable(start), Optional.ofNullable(end),
					commitment, false);
		}

	}

	/** The commitment number an invoice gives, as the recipient registered it. */
	enum CommitmentInput {

		NONE(null), ORDERED_FOR_THE_SUPPLIER("EJ-1"), OF_ANOTHER_SUPPLIER("EJ-2"), CLOSED("EJ-3"), CANCELLED("EJ-4"),
		EXPIRED("EJ-5"), NOT_REGISTERED("EJ-404"), TOO_LONG("X".repeat(51));

		final String number;

		CommitmentInput(String number) {
			this.number = number;
		}

		Optional<Commitment> registered() {
			CommitmentDetails details = switch (this) {
				case ORDERED_FOR_THE_SUPPLIER -> commitment(SUPPLIER, CommitmentStatus.COMMANDE, null);
				case OF_ANOTHER_SUPPLIER -> commitment(OTHER_SUPPLIER, CommitmentStatus.COMMANDE, null);
				case CLOSED -> commitment(SUPPLIER, CommitmentStatus.CLOTURE, null);
				case CANCELLED -> commitment(SUPPLIER, CommitmentStatus.ANNULE, null);
				case EXPIRED -> commitment(SUPPLIER, CommitmentStatus.COMMANDE, TODAY.minusDays(1));
				default -> null;
			};
			return Optional.ofNullable(details).map(found -> Commitment.register(1, this.number, found));
		}

		private static CommitmentDetails commitment(StructureIdentifier supplier, CommitmentStatus status,
				LocalDate end) {
			return new CommitmentDetails(supplier, new BigDecimal("1000.00"), TODAY.minusYears(1),
					Optional.ofNullable(end), status);
		}

	}

	static Stream<Arguments> everyCombination() {
		List<Arguments> combinations = new ArrayList<>();
		for (int flags = 0; flags < 1 << 6; flags++) {
			for (ServiceInput service : ServiceInput.values()) {
				for (CommitmentInput commitment : CommitmentInput.values()) {
					for (boolean registers : new boolean[] { false, true }) {
						if (registers || commitment.registered().isEmpty()) {
							combinations.add(Arguments.of(bit(flags, 0), bit(flags, 1), bit(flags, 2), bit(flags, 3),
									bit(flags, 4), bit(flags, 5), service, commitment, registers));
						}
					}
				}
			}
		}
		return combinations.stream();
	}

	@ParameterizedTest(name = "active={0} moaOnly={1} service={2} commitment={3} serviceOrCommitment={4} "
			+ "defaultService={5} {6} {7} registers={8}")
	@MethodSource("everyCombination")
	void decidesEveryCombination(boolean active, boolean moaOnly, boolean serviceRequired, boolean commitmentRequired,
			boolean serviceOrCommitment, boolean hasDefaultService, ServiceInput service, CommitmentInput commitment,
			boolean registers) {
		RecipientParameters parameters = new RecipientParameters(false, false, true, commitmentRequired,
				serviceRequired, serviceOrCommitment, false, moaOnly);
		RecipientView recipient = new RecipientView(1, RECIPIENT, "Commune de Démoville", parameters, active,
				new RecipientAddress(null, null, "45000", "DEMOVILLE"), "FR");
		Optional<RecipientService> known = (service == ServiceInput.NONE && hasDefaultService)
				? Optional.of(RecipientService.create(1, ServiceCode.FACTURES_PUBLIQUES,
						new ServiceDetails("Factures", true, Optional.empty(), Optional.empty(), false, false)))
				: service.known();
		RoutingFacts facts = new RoutingFacts(recipient, known, registers, commitment.registered());
		RoutingRequest request = new RoutingRequest(RECIPIENT, Optional.ofNullable(service.code),
				Optional.ofNullable(commitment.number), Optional.of(SUPPLIER), TODAY);

		RoutingDecision decision = RoutingRules.decide(request, Optional.of(facts));

		EnumSet<RoutingRefusal> expected = EnumSet.noneOf(RoutingRefusal.class);
		if (!active) {
			expected.add(RoutingRefusal.RECIPIENT_INACTIVE);
		}
		else if (moaOnly) {
			expected.add(RoutingRefusal.RECIPIENT_MOA_ONLY);
		}
		else {
			// the service: required, and when named, a code the recipient has and that is
			// open today
			switch (service) {
				case NONE -> {
					if (serviceRequired) {
						expected.add(RoutingRefusal.SERVICE_REQUIRED);
					}
				}
				case NOT_A_CODE -> expected.add(RoutingRefusal.SERVICE_CODE_INVALID);
				case UNKNOWN -> expected.add(RoutingRefusal.SERVICE_UNKNOWN);
				case DEACTIVATED, NOT_YET_OPEN, ENDED -> expected.add(RoutingRefusal.SERVICE_INACTIVE);
				default -> {
				}
			}
			// the commitment: required by the recipient or by the service; when the
			// recipient registers its commitments, one of them, the supplier's, ordered,
			// valid today
			if (commitment == CommitmentInput.NONE) {
				if (commitmentRequired) {
					expected.add(RoutingRefusal.COMMITMENT_REQUIRED);
				}
				else if (service == ServiceInput.OPEN_REQUIRING_COMMITMENT) {
					expected.add(RoutingRefusal.COMMITMENT_REQUIRED_BY_SERVICE);
				}
				if (serviceOrCommitment && !serviceRequired && !commitmentRequired && service == ServiceInput.NONE) {
					expected.add(RoutingRefusal.SERVICE_OR_COMMITMENT_REQUIRED);
				}
			}
			else if (commitment == CommitmentInput.TOO_LONG) {
				expected.add(RoutingRefusal.COMMITMENT_NUMBER_INVALID);
			}
			else if (registers) {
				switch (commitment) {
					case NOT_REGISTERED -> expected.add(RoutingRefusal.COMMITMENT_UNKNOWN);
					case OF_ANOTHER_SUPPLIER -> expected.add(RoutingRefusal.COMMITMENT_OF_ANOTHER_SUPPLIER);
					case CLOSED -> expected.add(RoutingRefusal.COMMITMENT_CLOSED);
					case CANCELLED -> expected.add(RoutingRefusal.COMMITMENT_CANCELLED);
					case EXPIRED -> expected.add(RoutingRefusal.COMMITMENT_OUT_OF_DATES);
					default -> {
					}
				}
			}
		}

		assertThat(decision.problems()).extracting(RoutingProblem::refusal)
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(decision.accepted()).isEqualTo(expected.isEmpty());
		if (decision.accepted()) {
			String destination = (service == ServiceInput.NONE) ? (hasDefaultService ? "FACTURES_PUBLIQUES" : null)
					: service.code;
			assertThat(decision.destination().get().serviceCode()).isEqualTo(Optional.ofNullable(destination));
		}
	}

	@Test
	void anUnknownRecipientStopsEverything() {
		RoutingDecision decision = RoutingRules.decide(
				new RoutingRequest(RECIPIENT, Optional.of("X"), Optional.of("EJ"), Optional.of(SUPPLIER), TODAY),
				Optional.empty());
		assertThat(decision.problems())
			.containsExactly(new RoutingProblem(RoutingRefusal.RECIPIENT_UNKNOWN, "21999900000017"));
		assertThat(decision.problems().get(0).text(Locale.FRENCH))
			.isEqualTo("Le destinataire 21999900000017 n'est pas dans l'annuaire des structures publiques.");
		assertThat(decision.problems().get(0).text(Locale.ENGLISH))
			.isEqualTo("Recipient 21999900000017 is not in the public recipients directory.");
	}

	@Test
	void typedCodesAreComparedInUpperCaseAndBlanksCountAsAbsent() {
		RoutingRequest request = new RoutingRequest(RECIPIENT, Optional.of("  "), Optional.of(" "), Optional.empty(),
				TODAY);
		assertThat(request.serviceCode()).isEmpty();
		assertThat(request.commitmentNumber()).isEmpty();
		assertThat(ServiceCode.parse(" ecoles ")).contains("ECOLES");
	}

	@Test
	void everyRefusalSaysWhyInFrenchAndEnglish() {
		for (RoutingRefusal refusal : RoutingRefusal.values()) {
			RoutingProblem problem = new RoutingProblem(refusal, "A", "B", "C");
			assertThat(problem.text(Locale.FRENCH)).doesNotContain("{").isNotEqualTo(problem.text(Locale.ENGLISH));
			assertThat(problem.text(Locale.ENGLISH)).doesNotContain("{");
		}
	}

	private static boolean bit(int flags, int bit) {
		return (flags & (1 << bit)) != 0;
	}

}
