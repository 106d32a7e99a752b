package org.chorale.structure;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chorale.shared.Refusal;
import org.chorale.shared.Text;

/**
 * A structure's postal address (adressePostaleDuSiege). Absent altogether for a structure
 * INSEE does not disclose.
 */
public record Address(String line, String complement, String postalCode, String city, Country country) {

	static final int LINE_MAX = 200;

	static final int POSTAL_CODE_MAX = 20;

	static final int CITY_MAX = 100;

	/** An address as a structure's columns keep it: none when it has no line. */
	static Optional<Address> stored(String line, String complement, String postalCode, String city, String country) {
		return Optional.ofNullable(line).map(l -> new Address(l, complement, postalCode, city, new Country(country)));
	}

	public Address {
		line = Text.required(line, "addressLine", LINE_MAX);
		complement = Text.optional(complement, "addressComplement", LINE_MAX);
		postalCode = Text.required(postalCode, "postalCode", POSTAL_CODE_MAX);
		city = Text.required(city, "city", CITY_MAX);
		if (country == null) {
			throw new Refusal("country", "structure.country.required");
		}
	}

	public String singleLine(Locale locale) {
		return Stream.of(this.line, this.complement, this.postalCode + " " + this.city, this.country.name(locale))
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
	}

}
