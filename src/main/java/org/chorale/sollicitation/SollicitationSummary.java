package org.chorale.sollicitation;

import java.time.Instant;
import java.util.Optional;

/**
 * A request as its lists show it.
 *
 * @param addressee the public recipient's name; empty when support answers it
 */
public record SollicitationSummary(long id, String number, String subject, SubCategory subCategory,
		SollicitationStatus status, String senderName, Optional<String> addressee, Instant createdAt,
		Instant updatedAt) {

	public Category category() {
		return this.subCategory.category();
	}

}
