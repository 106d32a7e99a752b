package org.chorale.invoice.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chorale.invoice.format.InvoiceEntry.EntryLine;

/**
 * The amounts Chorale computes for an entered invoice, with EN 16931's rules: each line's
 * net amount (BT-131) rounded to the cent, VAT per category and rate (BG-23) on the sum
 * of its lines, rounded to the cent (BR-CO-17), and totals that add up (BR-CO-10 to -16).
 */
public record EntryTotals(List<BigDecimal> lineAmounts, List<VatBreakdown> vat, BigDecimal lines, BigDecimal withoutVat,
		BigDecimal vatTotal, BigDecimal withVat, BigDecimal due) {

	private static final int CENTS = 2;

	public static EntryTotals of(List<EntryLine> lines) {
		List<BigDecimal> amounts = new ArrayList<>();
		Map<String, VatBreakdown> breakdown = new LinkedHashMap<>();
		for (EntryLine line : lines) {
			BigDecimal amount = line.quantity()
				.multiply(line.unitPrice())
				.subtract(line.allowance())
				.setScale(CENTS, RoundingMode.HALF_UP);
			amounts.add(amount);
			BigDecimal rate = line.category().rated() ? line.rate() : BigDecimal.ZERO;
			breakdown.merge(line.category() + "/" + rate.stripTrailingZeros().toPlainString(),
					new VatBreakdown(line.category(), rate, amount, BigDecimal.ZERO), VatBreakdown::plus);
		}
		List<VatBreakdown> vat = breakdown.values().stream().map(VatBreakdown::withTax).toList();
		BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO.setScale(CENTS), BigDecimal::add);
		BigDecimal tax = vat.stream().map(VatBreakdown::tax).reduce(BigDecimal.ZERO.setScale(CENTS), BigDecimal::add);
		return new EntryTotals(List.copyOf(amounts), vat, sum, sum, tax, sum.add(tax), sum.add(tax));
	}

	/**
	 * BG-23: BT-118 category, BT-119 rate, BT-116 taxable amount, BT-117 VAT.
	 */
	public record VatBreakdown(VatCategory category, BigDecimal rate, BigDecimal taxable, BigDecimal tax) {

		VatBreakdown plus(VatBreakdown other) {
			return new VatBreakdown(this.category, this.rate, this.taxable.add(other.taxable), this.tax);
		}

		VatBreakdown withTax() {
			BigDecimal computed = this.taxable.multiply(this.rate)
				.divide(BigDecimal.valueOf(100), CENTS, RoundingMode.HALF_UP);
			return new VatBreakdown(this.category, this.rate, this.taxable, computed);
		}

	}

}
