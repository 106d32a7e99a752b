package org.chorale.invoice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chorale.directory.RoutingDecision;
import org.chorale.directory.RoutingProblem;
import org.chorale.directory.RoutingRequest;
import org.chorale.invoice.format.InvoiceData;
import org.chorale.invoice.format.PartyIdentifier;
import org.chorale.invoice.validation.Finding;
import org.chorale.invoice.validation.InvoiceRules;
import org.chorale.invoice.validation.Severity;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.Message;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;

/**
 * The platform rules that need to know who deposits and where the invoice goes: the
 * seller is the depositing structure, and the directory accepts the recipient, service
 * and commitment.
 */
final class DepositRules {

	/** When a first deposit was made, as its supplier's certificate says it. */
	private static final DateTimeFormatter PARIS_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.of("Europe/Paris"));

	private DepositRules() {
	}

	/**
	 * A supplier with a SIRET must name itself by it (scheme 0009, BT-29 or BT-30); one
	 * without names itself by its own identifier or VAT number.
	 */
	static List<Finding> seller(InvoiceData invoice, StructureIdentifier supplier) {
		if (supplier.type() == IdentifierType.SIRET) {
			Optional<String> siret = invoice.seller().siret().map(s -> s.replace(" ", ""));
			if (siret.filter(supplier.value()::equals).isPresent()) {
				return List.of();
			}
			return List.of(error("CHORALE-EMETTEUR", "BT-30", "deposit.rule.seller-siret", siret.orElse("—"),
					new Siret(supplier.value()).formatted()));
		}
		boolean named = invoice.seller()
			.identifiers()
			.stream()
			.map(PartyIdentifier::value)
			.anyMatch(supplier.value()::equalsIgnoreCase)
				|| invoice.seller().vatNumber().filter(supplier.value()::equalsIgnoreCase).isPresent();
		return named ? List.of()
				: List.of(error("CHORALE-EMETTEUR", "BT-29", "deposit.rule.seller-identifier", supplier.value()));
	}

	/**
	 * What the invoice asks of the directory; its supplier is unknown before a deposit.
	 */
	static RoutingRequest routing(InvoiceData invoice, Optional<StructureIdentifier> supplier) {
		Siret recipient = new Siret(invoice.buyer().siret().orElseThrow());
		return new RoutingRequest(StructureIdentifier.of(recipient), invoice.buyerReference(), invoice.orderReference(),
				supplier, invoice.issueDate().orElseThrow());
	}

	/** Each refusal of the directory, about the term that holds what it refuses. */
	static List<Finding> routing(RoutingDecision decision) {
		List<Finding> findings = new ArrayList<>();
		for (RoutingProblem problem : decision.problems()) {
			String term = switch (problem.refusal().field()) {
				case RECIPIENT -> "BT-46";
				case SERVICE -> "BT-10";
				case COMMITMENT -> "BT-13";
			};
			findings.add(
					Finding.of("CHORALE-" + problem.refusal().name().replace('_', '-'), Severity.ERROR, term, problem));
		}
		return findings;
	}

	/**
	 * Cadres whose invoices another structure validates first: subcontractor,
	 * co-contractor.
	 */
	static final java.util.Set<String> VALIDATED_CADRES = java.util.Set.of("A9", "A12");

	/**
	 * A subcontractor's or co-contractor's invoice needs the SIRET of the structure that
	 * validates it, which a portal or API deposit gives.
	 */
	static List<Finding> validator(InvoiceData invoice, Optional<String> validator) {
		String cadre = InvoiceRules.cadre(invoice);
		if (VALIDATED_CADRES.contains(cadre) && validator.isEmpty()) {
			return List.of(error("CHORALE-VALIDEUR", "BT-23", "deposit.rule.validator-required", cadre));
		}
		return List.of();
	}

	static Finding duplicate(String number, Invoices.FirstDeposit first) {
		return error("CHORALE-DOUBLON", "BT-1", "deposit.rule.duplicate", number, first.depositNumber(),
				PARIS_TIME.format(first.at()));
	}

	static Finding error(String rule, String term, String code, Object... arguments) {
		return Finding.of(rule, Severity.ERROR, term, new Message(code, arguments));
	}

}
