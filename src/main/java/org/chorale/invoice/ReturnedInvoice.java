package org.chorale.invoice;

import java.util.Optional;

/** A suspended or rejected invoice its supplier has to acknowledge, with the reason. */
public record ReturnedInvoice(InvoiceSummary invoice, Optional<String> reason) {

}
