package org.chorale.invoice.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.chorale.invoice.format.InvoiceEntry.EntryParty;

/**
 * What the form of a plain PDF deposit says of the invoice the PDF shows: its header and
 * totals (Chorus Pro's "dépôt de facture"). Chorale keeps it as Factur-X MINIMUM CII
 * beside the untouched PDF.
 */
public record PdfMetadata(String number, boolean creditNote, LocalDate issueDate, String cadre,
		Optional<String> serviceCode, Optional<String> commitment, EntryParty seller, EntryParty buyer, String currency,
		BigDecimal withoutVat, BigDecimal vat, BigDecimal withVat, BigDecimal due) {

	public static final String MINIMUM = "urn:factur-x.eu:1p0:minimum";

}
