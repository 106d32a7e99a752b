package org.chorale.sirene;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An establishment's address as INSEE registers it.
 *
 * @param street number, repetition index, street type and name ("12 B RUE DES LILAS")
 * @param complement building, floor, place name
 * @param postalCode the postal code, or CEDEX code
 * @param city the commune, or the foreign city
 * @param country "FRANCE", or the foreign country's name
 */
public record PostalAddress(String street, String complement, String postalCode, String city, String country) {

	/** The address on one line, as a form or a list shows it. */
	public String singleLine() {
		return Stream.of(this.complement, this.street, join(this.postalCode, this.city), this.country)
			.filter(Objects::nonNull)
			.filter(s -> !s.isBlank())
			.collect(Collectors.joining(", "));
	}

	static String join(String... parts) {
		String joined = Stream.of(parts)
			.filter(Objects::nonNull)
			.filter(s -> !s.isBlank())
			.collect(Collectors.joining(" "));
		return joined.isEmpty() ? null : joined;
	}

}
