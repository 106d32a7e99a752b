package org.chorale.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a work list is narrowed to and sorted by, as its form sends it; every field may be
 * left empty.
 *
 * @param party part of the other party's name or identifier (the supplier in "Factures
 * reçues", the recipient in "Factures émises")
 * @param from issued on or after
 * @param to issued on or before
 * @param minAmount total with VAT (BT-112) at least
 * @param downloaded whether the recipient downloaded it; empty for both
 * @param number the invoice number (BT-1), exactly
 * @param depositNumber the deposit's number (numeroFluxDepot)
 * @param statuses any of these statuses, beside {@code status}
 */
public record InvoiceFilter(InvoiceStatus status, String party, String serviceCode,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, BigDecimal minAmount, BigDecimal maxAmount,
		Boolean downloaded, Sort sort, Boolean ascending, String number, String depositNumber,
		List<InvoiceStatus> statuses) {

	/** The columns a list sorts by, newest or largest first unless asked otherwise. */
	public enum Sort {

		DEPOSIT("id"), ISSUE_DATE("issue_date"), AMOUNT("coalesce(total_with_vat, 0)");

		private final String expression;

		Sort(String expression) {
			this.expression = expression;
		}

		String expression() {
			return this.expression;
		}

	}

	public static InvoiceFilter none() {
		return new InvoiceFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	Sort sortOrDefault() {
		return (this.sort != null) ? this.sort : Sort.DEPOSIT;
	}

	boolean ascendingOrDefault() {
		return Boolean.TRUE.equals(this.ascending);
	}

	/**
	 * The statuses the filter keeps, when it keeps invoices by status alone (or keeps
	 * them all): how many it keeps is then the sum of the counts kept per status.
	 */
	Optional<Set<InvoiceStatus>> byStatusAlone() {
		boolean other = given(this.party) || given(this.serviceCode) || this.from != null || this.to != null
				|| this.minAmount != null || this.maxAmount != null || this.downloaded != null || given(this.number)
				|| given(this.depositNumber);
		if (other) {
			return Optional.empty();
		}
		Set<InvoiceStatus> kept = EnumSet.allOf(InvoiceStatus.class);
		if (this.status != null) {
			kept.retainAll(Set.of(this.status));
		}
		if (this.statuses != null && !this.statuses.isEmpty()) {
			kept.retainAll(this.statuses);
		}
		return Optional.of(kept);
	}

	/** Whether a text criterion is given (blank ones filter nothing). */
	private static boolean given(String text) {
		return text != null && !text.isBlank();
	}

}
