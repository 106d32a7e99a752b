package org.chorale.invoice.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An invoice as the portal's entry form builds it, before Chorale writes it as Factur-X.
 * Amounts are as typed; {@link EntryTotals} computes the rest.
 *
 * @param creditNote an AVOIR (type 381) rather than a FACTURE (380)
 * @param precedingInvoice BT-25, the invoice a credit note corrects
 * @param cadre BT-23, the cadre de facturation (A1...A25)
 * @param serviceCode BT-10
 * @param commitment BT-13, the numéro d'engagement
 * @param paymentMeans BT-81 (UNTDID 4461: 30 transfer, 58 SEPA transfer, 49 direct debit,
 * 20 cheque), absent for a credit note
 * @param iban BT-84, for a transfer
 * @param exemptionReason BT-120, for exempt or reverse-charge lines
 */
public record InvoiceEntry(String number, boolean creditNote, Optional<String> precedingInvoice, LocalDate issueDate,
		Optional<LocalDate> dueDate, String currency, String cadre, Optional<String> serviceCode,
		Optional<String> commitment, EntryParty seller, EntryParty buyer, Optional<String> paymentMeans,
		Optional<String> iban, Optional<String> exemptionReason, Optional<String> note, List<EntryLine> lines) {

	public InvoiceEntry {
		lines = List.copyOf(lines);
	}

	/**
	 * A party of the entry: its name, SIRET, VAT number (BT-31, sellers) and address.
	 */
	public record EntryParty(String name, String siret, Optional<String> vatNumber, Optional<String> street,
			Optional<String> postalCode, Optional<String> city, String country) {

	}

	/**
	 * A line: BT-153 name, BT-129 quantity, BT-130 unit (UN/ECE rec. 20, C62 a unit),
	 * BT-146 net unit price, BT-136 allowance, BT-151 VAT category and BT-152 rate.
	 */
	public record EntryLine(String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
			BigDecimal allowance, VatCategory category, BigDecimal rate) {

	}

}
