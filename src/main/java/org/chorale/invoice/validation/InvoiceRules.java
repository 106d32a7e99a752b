package org.chorale.invoice.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.chorale.invoice.format.InvoiceData;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Message;
import org.chorale.shared.Siret;

/**
 * The platform's rules that the invoice alone decides, beyond EN 16931: Chorus Pro's
 * cadres de facturation, a recipient identified by SIRET, a credit note that says what it
 * credits, and dates and amounts that hold together. Rules that need the depositor or the
 * directory are checked at deposit.
 */
public final class InvoiceRules {

	/** BT-23 holds the cadre de facturation: A1 to A25 (Chorus Pro's EDI rule G1.02). */
	private static final Pattern CADRE = Pattern.compile("A([1-9]|1[0-9]|2[0-5])");

	/** The cadre when BT-23 is absent: a supplier's plain invoice. */
	public static final String DEFAULT_CADRE = "A1";

	private InvoiceRules() {
	}

	public static List<Finding> check(InvoiceData invoice, boolean partialProfile, LocalDate today) {
		List<Finding> findings = new ArrayList<>();
		invoice.businessProcess()
			.filter(cadre -> !CADRE.matcher(cadre).matches())
			.ifPresent(cadre -> findings.add(error("CHORALE-CADRE", "BT-23", "validation.rule.cadre", cadre)));
		recipientSiret(invoice).ifPresent(findings::add);
		if (invoice.creditNote() && invoice.precedingInvoice().isEmpty()) {
			findings.add(error("CHORALE-AVOIR", "BT-25", "validation.rule.credit-note-reference"));
		}
		invoice.issueDate()
			.filter(date -> date.isAfter(today.plusDays(1)))
			.ifPresent(date -> findings.add(error("CHORALE-DATE", "BT-2", "validation.rule.issue-date-future", date)));
		if (invoice.issueDate().isPresent() && invoice.dueDate().isPresent()
				&& invoice.dueDate().get().isBefore(invoice.issueDate().get())) {
			findings.add(error("CHORALE-ECHEANCE", "BT-9", "validation.rule.due-before-issue", invoice.dueDate().get(),
					invoice.issueDate().get()));
		}
		if (partialProfile) {
			totalsAddUp(invoice).ifPresent(findings::add);
		}
		return findings;
	}

	/** The cadre de facturation of an invoice that passed {@link #check}. */
	public static String cadre(InvoiceData invoice) {
		return invoice.businessProcess().orElse(DEFAULT_CADRE);
	}

	/**
	 * EN 16931's BR-CO-15 for the Factur-X profiles whose rules leave it out: the total
	 * with VAT is the total without VAT plus the VAT.
	 */
	private static Optional<Finding> totalsAddUp(InvoiceData invoice) {
		if (invoice.totalWithoutVat().isEmpty() || invoice.totalWithVat().isEmpty()) {
			return Optional.empty();
		}
		BigDecimal expected = invoice.totalWithoutVat().get().add(invoice.totalVat().orElse(BigDecimal.ZERO));
		if (expected.compareTo(invoice.totalWithVat().get()) == 0) {
			return Optional.empty();
		}
		return Optional
			.of(error("CHORALE-TOTAL", "BT-112", "validation.rule.totals", invoice.totalWithVat().get(), expected));
	}

	/**
	 * Chorus Pro knows public recipients by SIRET: scheme 0009 in BT-46, BT-47 or BT-49.
	 */
	private static Optional<Finding> recipientSiret(InvoiceData invoice) {
		Optional<String> siret = invoice.buyer().siret();
		if (siret.isEmpty()) {
			return Optional.of(error("CHORALE-DESTINATAIRE", "BT-46", "validation.rule.recipient-siret"));
		}
		try {
			new Siret(siret.get());
			return Optional.empty();
		}
		catch (InvalidIdentifier ex) {
			return Optional.of(Finding.of("CHORALE-DESTINATAIRE", Severity.ERROR, "BT-46", ex));
		}
	}

	private static Finding error(String rule, String term, String code, Object... arguments) {
		return Finding.of(rule, Severity.ERROR, term, new Message(code, arguments));
	}

}
