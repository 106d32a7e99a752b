package org.chorale.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.chorale.directory.RecipientView;
import org.chorale.invoice.format.InvoiceEntry.EntryParty;
import org.chorale.invoice.format.PdfMetadata;
import org.chorale.structure.StructureView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The form that goes with a plain PDF invoice: what Chorus Pro's "dépôt de facture" asks,
 * the header and the totals the PDF shows. Pre-filled from the PDF's text where it has
 * some.
 */
record PdfForm(String recipientSiret, String serviceCode, String commitmentNumber, String cadre, String number,
		Boolean creditNote, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issueDate, String currency,
		BigDecimal totalWithoutVat, BigDecimal totalVat, BigDecimal totalWithVat, BigDecimal amountDue) {

	PdfForm {
		creditNote = Boolean.TRUE.equals(creditNote);
	}

	void check(Errors errors) {
		FormFields.checkHeader(errors, this.recipientSiret, this.number, this.cadre, this.issueDate, this.currency);
		for (String field : new String[] { "totalWithoutVat", "totalVat", "totalWithVat", "amountDue" }) {
			if (errors.getFieldValue(field) == null) {
				errors.rejectValue(field, "entry.required");
			}
		}
		if (this.totalWithoutVat != null && this.totalVat != null && this.totalWithVat != null
				&& this.totalWithoutVat.add(this.totalVat).compareTo(this.totalWithVat) != 0) {
			errors.rejectValue("totalWithVat", "pdf.totals");
		}
	}

	PdfMetadata metadata(StructureView seller, RecipientView recipient) {
		return new PdfMetadata(FormFields.trimmed(this.number), this.creditNote, this.issueDate,
				FormFields.trimmed(this.cadre),
				FormFields.optional(this.serviceCode).map(code -> code.toUpperCase(Locale.ROOT)),
				FormFields.optional(this.commitmentNumber),
				new EntryParty(seller.name(), seller.identifier().value(), Optional.empty(), Optional.empty(),
						Optional.empty(), Optional.empty(), seller.country().code()),
				new EntryParty(recipient.name(), recipient.identifier().value(), Optional.empty(), Optional.empty(),
						Optional.empty(), Optional.empty(), recipient.country()),
				FormFields.trimmed(this.currency), this.totalWithoutVat, this.totalVat, this.totalWithVat,
				this.amountDue);
	}

}
