package org.chorale.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

}
