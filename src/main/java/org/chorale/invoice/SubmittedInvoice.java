package org.chorale.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice sent as data, without a portal form: Chorus Pro's soumettreFacture. The same
 * fields as the entry form, checked by the same rules.
 *
 * @param recipientSiret the public recipient's SIRET (BT-46)
 * @param cadre the cadre de facturation, A1 to A25 (BT-23)
 * @param paymentMeans UNTDID 4461: 30 or 58 credit transfer, 49 direct debit, 20 cheque
 * @param totals the totals a plain PDF shows, which its form states; computed from the
 * lines otherwise
 */
public record SubmittedInvoice(String recipientSiret, String serviceCode, String commitmentNumber, String cadre,
		String number, boolean creditNote, String precedingInvoice, LocalDate issueDate, LocalDate dueDate,
		String currency, String paymentMeans, String iban, String exemptionReason, String note, List<Line> lines,
		String validatorSiret, Totals totals) {

	public SubmittedInvoice {
		lines = (lines == null) ? List.of() : List.copyOf(lines);
	}

	/**
	 * A line.
	 *
	 * @param category VAT category (BT-151): S, Z, E or AE
	 */
	public record Line(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal allowance,
			String category, BigDecimal rate) {

	}

	public record Totals(BigDecimal withoutVat, BigDecimal vat, BigDecimal withVat, BigDecimal amountDue) {

	}

	EntryForm entryForm(String sellerVat) {
		return new EntryForm(this.recipientSiret, this.serviceCode, this.commitmentNumber, this.cadre, this.number,
				this.creditNote, this.precedingInvoice, this.issueDate, this.dueDate, this.currency, this.paymentMeans,
				this.iban, sellerVat, this.exemptionReason, this.note,
				this.lines.stream()
					.map(line -> new EntryForm.LineForm(line.description(), line.quantity(), line.unit(),
							line.unitPrice(), line.allowance(), category(line.category()), line.rate()))
					.toList(),
				this.validatorSiret);
	}

	PdfForm pdfForm() {
		Totals given = (this.totals != null) ? this.totals : new Totals(null, null, null, null);
		return new PdfForm(this.recipientSiret, this.serviceCode, this.commitmentNumber, this.cadre, this.number,
				this.creditNote, this.issueDate, this.currency, given.withoutVat(), given.vat(), given.withVat(),
				given.amountDue());
	}

	private static org.chorale.invoice.format.VatCategory category(String code) {
		try {
			return org.chorale.invoice.format.VatCategory.valueOf((code == null) ? "S" : code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new org.chorale.shared.Refusal("category", "entry.line.category.invalid", code);
		}
	}

}
