package org.chorale.directory;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.chorale.shared.StructureIdentifier;

/**
 * A commitment as pages show it.
 *
 * @param endDate null when it has no end
 */
public record CommitmentView(long id, String number, StructureIdentifier supplier, BigDecimal amount,
		LocalDate startDate, LocalDate endDate, CommitmentStatus status) {

}
