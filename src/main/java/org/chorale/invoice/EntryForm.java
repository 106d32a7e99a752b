package org.chorale.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chorale.directory.RecipientView;
import org.chorale.invoice.format.InvoiceEntry;
import org.chorale.invoice.format.InvoiceEntry.EntryLine;
import org.chorale.invoice.format.InvoiceEntry.EntryParty;
import org.chorale.invoice.format.VatCategory;
import org.chorale.structure.Address;
import org.chorale.structure.StructureView;

import org.chorale.shared.Siret;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The entry form of an invoice or credit note, as bound from the page and kept in a
 * draft. {@link #check} puts each problem next to its field; {@link #entry} builds the
 * invoice once none is left.
 *
 * @param recipientSiret the public recipient's SIRET (BT-46)
 * @param cadre the cadre de facturation, A1 by default (BT-23)
 * @param sellerVat the supplier's VAT number (BT-31), proposed from its SIREN
 * @param validatorSiret the structure that validates a subcontractor's (A9) or
 * co-contractor's (A12) invoice before its recipient sees it
 */
record EntryForm(String recipientSiret, String serviceCode, String commitmentNumber, String cadre, String number,
		Boolean creditNote, String precedingInvoice, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issueDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, String currency, String paymentMeans,
		String iban, String sellerVat, String exemptionReason, String note, List<LineForm> lines,
		String validatorSiret) {

	static final List<String> PAYMENT_MEANS = List.of("30", "58", "49", "20");

	EntryForm {
		creditNote = Boolean.TRUE.equals(creditNote);
		lines = (lines == null) ? new ArrayList<>() : new ArrayList<>(lines);
	}

	/**
	 * A new form: today's invoice in euros, due in 30 days, paid by transfer, one line.
	 */
	static EntryForm blank(LocalDate today, Optional<String> sellerVat) {
		return new EntryForm("", "", "", "A1", "", false, "", today, today.plusDays(30), "EUR", "30", "",
				sellerVat.orElse(""), "", "", List.of(LineForm.blank()), "");
	}

	EntryForm withLine() {
		List<LineForm> more = new ArrayList<>(this.lines);
		more.add(LineForm.blank());
		return new EntryForm(this.recipientSiret, this.serviceCode, this.commitmentNumber, this.cadre, this.number,
				this.creditNote, this.precedingInvoice, this.issueDate, this.dueDate, this.currency, this.paymentMeans,
				this.iban, this.sellerVat, this.exemptionReason, this.note, more, this.validatorSiret);
	}

	/** The validating structure's SIRET, for the cadres that have one. */
	Optional<Siret> validator() {
		return DepositRules.VALIDATED_CADRES.contains(FormFields.trimmed(this.cadre))
				? FormFields.optional(this.validatorSiret).map(Siret::new) : Optional.empty();
	}

	/** The lines with something typed in them: blank rows of the form are left out. */
	List<LineForm> filledLines() {
		return this.lines.stream().filter(line -> !line.blankRow()).toList();
	}

	void check(Errors errors) {
		FormFields.checkHeader(errors, this.recipientSiret, this.number, this.cadre, this.issueDate, this.currency);
		FormFields.checkValidator(errors, this.cadre, this.validatorSiret);
		if (this.dueDate != null && this.issueDate != null && this.dueDate.isBefore(this.issueDate)) {
			errors.rejectValue("dueDate", "entry.dueDate.beforeIssue");
		}
		if (this.creditNote) {
			FormFields.require(errors, "precedingInvoice", this.precedingInvoice);
		}
		else {
			if (this.dueDate == null) {
				errors.rejectValue("dueDate", "entry.required");
			}
			if (("30".equals(this.paymentMeans) || "58".equals(this.paymentMeans))
					&& FormFields.trimmed(this.iban).isEmpty()) {
				errors.rejectValue("iban", "entry.iban.required");
			}
		}
		checkLines(errors);
	}

	private void checkLines(Errors errors) {
		if (filledLines().isEmpty()) {
			errors.rejectValue("lines", "entry.lines.none");
		}
		for (int i = 0; i < this.lines.size(); i++) {
			LineForm line = this.lines.get(i);
			if (line.blankRow()) {
				continue;
			}
			String at = "lines[" + i + "].";
			FormFields.require(errors, at + "description", line.description());
			if (line.quantity() == null || line.quantity().signum() <= 0) {
				errors.rejectValue(at + "quantity", "entry.line.quantity.invalid");
			}
			if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
				errors.rejectValue(at + "unitPrice", "entry.line.price.invalid");
			}
			if (line.category() == VatCategory.S && (line.rate() == null || line.rate().signum() <= 0)) {
				errors.rejectValue(at + "rate", "entry.line.rate.invalid");
			}
			if (line.category() != null && line.category().needsExemptionReason()
					&& FormFields.trimmed(this.exemptionReason).isEmpty()) {
				errors.rejectValue("exemptionReason", "entry.exemptionReason.required");
			}
		}
	}

	/** The invoice this form describes, from this supplier to this recipient. */
	InvoiceEntry entry(StructureView seller, RecipientView recipient) {
		Optional<Address> address = seller.address();
		return new InvoiceEntry(FormFields.trimmed(this.number), this.creditNote,
				this.creditNote ? FormFields.optional(this.precedingInvoice) : Optional.empty(), this.issueDate,
				Optional.ofNullable(this.dueDate), FormFields.trimmed(this.currency), FormFields.trimmed(this.cadre),
				FormFields.optional(this.serviceCode).map(code -> code.toUpperCase(java.util.Locale.ROOT)),
				FormFields.optional(this.commitmentNumber),
				new EntryParty(seller.name(), seller.identifier().value(), FormFields.optional(this.sellerVat),
						address.map(Address::line), address.map(Address::postalCode), address.map(Address::city),
						seller.country().code()),
				new EntryParty(recipient.name(), recipient.identifier().value(), Optional.empty(),
						Optional.ofNullable(recipient.address().line()),
						Optional.ofNullable(recipient.address().postalCode()),
						Optional.ofNullable(recipient.address().city()), recipient.country()),
				this.creditNote ? Optional.empty() : FormFields.optional(this.paymentMeans),
				this.creditNote ? Optional.empty() : FormFields.optional(this.iban).map(iban -> iban.replace(" ", "")),
				FormFields.optional(this.exemptionReason), FormFields.optional(this.note),
				filledLines().stream().map(LineForm::line).toList());
	}

	/**
	 * One line of the form; an empty unit means C62 (a unit), an empty allowance none.
	 */
	record LineForm(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal allowance,
			VatCategory category, BigDecimal rate) {

		static LineForm blank() {
			return new LineForm("", null, "C62", null, null, VatCategory.S, new BigDecimal("20"));
		}

		boolean blankRow() {
			return FormFields.trimmed(this.description).isEmpty() && this.quantity == null && this.unitPrice == null;
		}

		EntryLine line() {
			String code = FormFields.trimmed(this.unit).isEmpty() ? "C62" : FormFields.trimmed(this.unit);
			return new EntryLine(FormFields.trimmed(this.description), this.quantity, code, this.unitPrice,
					(this.allowance == null) ? BigDecimal.ZERO : this.allowance, this.category,
					this.category.rated() ? this.rate : BigDecimal.ZERO);
		}

	}

}
