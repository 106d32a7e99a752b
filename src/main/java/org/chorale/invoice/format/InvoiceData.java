package org.chorale.invoice.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What Chorale reads from an invoice to route it, check it against the platform's rules
 * and list it, whatever its syntax. Numbers are the EN 16931 business terms.
 *
 * @param number BT-1, the invoice number
 * @param issueDate BT-2, absent when unreadable
 * @param typeCode BT-3 (380 invoice, 381 credit note...)
 * @param currency BT-5
 * @param dueDate BT-9
 * @param buyerReference BT-10: Chorus Pro's service code
 * @param orderReference BT-13: Chorus Pro's commitment number (numéro d'engagement)
 * @param businessProcess BT-23: Chorus Pro's cadre de facturation (A1 to A25)
 * @param specification BT-24
 * @param precedingInvoice BT-25, which a credit note corrects
 * @param totalWithoutVat BT-109
 * @param totalVat BT-110, in the invoice currency
 * @param totalWithVat BT-112
 * @param amountDue BT-115
 */
public record InvoiceData(Optional<String> number, Optional<LocalDate> issueDate, Optional<String> typeCode,
		Optional<String> currency, Optional<LocalDate> dueDate, Optional<String> buyerReference,
		Optional<String> orderReference, Optional<String> businessProcess, Optional<String> specification,
		Optional<String> precedingInvoice, Party seller, Party buyer, Optional<BigDecimal> totalWithoutVat,
		Optional<BigDecimal> totalVat, Optional<BigDecimal> totalWithVat, Optional<BigDecimal> amountDue) {

	/** UNTDID 1001 codes of credit notes that EN 16931 allows. */
	private static final Set<String> CREDIT_NOTE_CODES = Set.of("81", "83", "261", "262", "296", "308", "381", "396",
			"420", "458", "532");

	public boolean creditNote() {
		return this.typeCode.filter(CREDIT_NOTE_CODES::contains).isPresent();
	}

}
