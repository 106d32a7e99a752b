package org.chorale.invoice;

import java.time.Instant;
import java.util.Optional;

/**
 * An invoice moved to another status: its supplier is told, and API connectors of both
 * sides.
 *
 * @param supplierStructure the supplier's structure id
 * @param recipient the recipient's SIRET
 * @param comment why, when the recipient said it
 */
public record InvoiceStatusChanged(long invoice, long supplierStructure, String number, String recipient,
		String recipientName, InvoiceStatus status, Instant at, Optional<String> comment) {

}
