package org.chorale.invoice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Invoices made available to a recipient, those of one batch of the deposit queue: its
 * users are told.
 *
 * @param recipient the recipient's SIRET
 */
public record InvoicesReceived(String recipient, List<Received> invoices) {

	public InvoicesReceived {
		invoices = List.copyOf(invoices);
	}

	/** One invoice received, as an e-mail names it. */
	public record Received(long id, String number, String supplierName, Optional<BigDecimal> totalWithVat,
			String currency) {

	}

}
