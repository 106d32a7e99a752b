package org.chorale.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.chorale.shared.Refusal;
import org.chorale.shared.StructureIdentifier;

/**
 * What a public structure registers of a commitment.
 *
 * @param supplier the supplier it was made with, by SIRET or another identifier
 * @param amount the amount committed, in euros, at most two decimals
 * @param startDate the day it was made
 * @param endDate the last day invoices may refer to it, empty for "no end"
 */
record CommitmentDetails(StructureIdentifier supplier, BigDecimal amount, LocalDate startDate,
		Optional<LocalDate> endDate, CommitmentStatus status) {

	private static final BigDecimal LARGEST = new BigDecimal("9999999999999.99");

	CommitmentDetails {
		checkAmount(amount);
		if (startDate == null) {
			throw new Refusal("startDate", "form.required");
		}
		if (endDate.isPresent() && endDate.get().isBefore(startDate)) {
			throw new Refusal("endDate", "commitment.dates.order");
		}
		if (status == null) {
			throw new Refusal("status", "form.required");
		}
	}

	/**
	 * @throws Refusal unless a positive amount in euros, at most two decimals
	 */
	static BigDecimal checkAmount(BigDecimal amount) {
		if (amount == null) {
			throw new Refusal("amount", "form.required");
		}
		if (amount.signum() < 0 || amount.compareTo(LARGEST) > 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new Refusal("amount", "commitment.amount.invalid");
		}
		return amount;
	}

}
