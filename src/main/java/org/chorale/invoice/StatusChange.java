package org.chorale.invoice;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of an invoice's history: the status it moved to, when, by whom (no one for the
 * platform) and why.
 *
 * @param mandateNumber the payment order's number, with MANDATEE
 */
public record StatusChange(InvoiceStatus status, Instant at, Optional<Long> account, Optional<String> comment,
		Optional<String> mandateNumber) {

}
