package org.chorale.invoice.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What an invoice page shows beyond its header: its lines (BG-25), its VAT breakdown
 * (BG-23), the account to pay (BT-84) and its note (BT-22), as the invoice gives them. An
 * invoice deposited as a plain PDF with its form has none of them: the PDF says them.
 */
@org.springframework.modulith.NamedInterface("details")
public record InvoiceDetails(List<Line> lines, List<VatBreakdown> vat, Optional<String> iban, Optional<String> note) {

	public InvoiceDetails {
		lines = List.copyOf(lines);
		vat = List.copyOf(vat);
	}

	public static InvoiceDetails none() {
		return new InvoiceDetails(List.of(), List.of(), Optional.empty(), Optional.empty());
	}

	/**
	 * @param id BT-126
	 * @param name BT-153
	 * @param quantity BT-129, with its unit BT-130
	 * @param price BT-146, the net unit price
	 * @param category BT-151
	 * @param rate BT-152
	 * @param amount BT-131, the line's net amount
	 */
	public record Line(String id, String name, Optional<BigDecimal> quantity, Optional<String> unit,
			Optional<BigDecimal> price, Optional<String> category, Optional<BigDecimal> rate,
			Optional<BigDecimal> amount) {

		public String quantityText() {
			return (plain(this.quantity) + " " + this.unit.orElse("")).strip();
		}

		public String priceText() {
			return plain(this.price);
		}

		public String vatText() {
			return (this.category.orElse("") + " " + this.rate.map(r -> plain(Optional.of(r)) + " %").orElse(""))
				.strip();
		}

		public String amountText() {
			return plain(this.amount);
		}

	}

	/**
	 * @param category BT-118
	 * @param rate BT-119
	 * @param taxable BT-116
	 * @param tax BT-117
	 */
	public record VatBreakdown(Optional<String> category, Optional<BigDecimal> rate, Optional<BigDecimal> taxable,
			Optional<BigDecimal> tax) {

		public String rateText() {
			return plain(this.rate);
		}

		public String taxableText() {
			return plain(this.taxable);
		}

		public String taxText() {
			return plain(this.tax);
		}

	}

	/**
	 * An amount as written, without trailing zeros beyond the cents; blank when absent.
	 */
	static String plain(Optional<BigDecimal> value) {
		return value.map(v -> (v.scale() > 2) ? v.stripTrailingZeros() : v)
			.map(v -> (v.scale() < 0) ? v.setScale(0) : v)
			.map(BigDecimal::toPlainString)
			.orElse("");
	}

}
