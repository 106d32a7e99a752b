package org.chorale.directory;

import java.time.LocalDate;

/**
 * A service as pages show it.
 *
 * @param startDate null when it has always received invoices
 * @param endDate null when it has no end
 */
public record ServiceView(long id, String code, String name, boolean active, LocalDate startDate, LocalDate endDate,
		boolean commitmentRequired, boolean paymentStatusReported) {

}
