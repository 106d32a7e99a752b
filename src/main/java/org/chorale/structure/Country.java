package org.chorale.structure;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.chorale.shared.Refusal;

/**
 * A country by its ISO 3166-1 alpha-2 code ("FR", "DE"), named in the reader's language.
 */
public record Country(String code) {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	public static final Country FRANCE = new Country("FR");

	public Country {
		code = (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			throw new Refusal("country", "structure.country.required");
		}
		if (!CODES.contains(code)) {
			throw new Refusal("country", "structure.country.unknown", code);
		}
	}

	public String name(Locale locale) {
		return new Locale("", this.code).getDisplayCountry(locale);
	}

	/** Every country, sorted by its name in this language, for a form's list. */
	public static List<Country> all(Locale locale) {
		return Stream.of(Locale.getISOCountries())
			.map(Country::new)
			.sorted(Comparator.comparing(country -> country.name(locale)))
			.toList();
	}

}
