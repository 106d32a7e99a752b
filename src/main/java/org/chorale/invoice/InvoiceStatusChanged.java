package org.chorale.invoice;

import java.time.Instant;
import java.util.Optional;

/**
 * An invoice moved to another status: its supplier is told.
 *
 * @param supplierStructure the supplier's structure id
 * @param comment why, when the recipient said it
 */
public record InvoiceStatusChanged(long invoice, long supplierStructure, String number, String recipientName,
		InvoiceStatus status, Instant at, Optional<String> comment) {

}
