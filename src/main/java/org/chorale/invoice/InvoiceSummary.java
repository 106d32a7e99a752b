package org.chorale.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A row of a work list ("Factures reçues", "Factures émises"). */
public record InvoiceSummary(long id, long supplierId, String number, String kind, LocalDate issueDate,
		String supplierName, String supplierIdentifier, String recipientName, String recipient,
		Optional<String> serviceCode, Optional<BigDecimal> totalWithVat, String currency, InvoiceStatus status,
		Instant statusAt, boolean downloaded) {

}
