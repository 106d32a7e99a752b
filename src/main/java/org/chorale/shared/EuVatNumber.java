package org.chorale.shared;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A VAT number of another European Union member state (Chorus Pro's UE_HORS_FRANCE
 * identifier): the country prefix used by VIES (EL for Greece, XI for Northern Ireland)
 * followed by that country's format. The format is checked, not the number's existence,
 * as Chorus Pro does. French numbers are refused: a French structure is identified by its
 * SIRET.
 */
public record EuVatNumber(String value) {

	private static final Map<String, Pattern> FORMATS = Map.ofEntries(entry("AT", "U\\d{8}"), entry("BE", "[01]\\d{9}"),
			entry("BG", "\\d{9,10}"), entry("CY", "\\d{8}[A-Z]"), entry("CZ", "\\d{8,10}"), entry("DE", "\\d{9}"),
			entry("DK", "\\d{8}"), entry("EE", "\\d{9}"), entry("EL", "\\d{9}"), entry("ES", "[A-Z0-9]\\d{7}[A-Z0-9]"),
			entry("FI", "\\d{8}"), entry("HR", "\\d{11}"), entry("HU", "\\d{8}"),
			entry("IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]"), entry("IT", "\\d{11}"),
			entry("LT", "\\d{9}|\\d{12}"), entry("LU", "\\d{8}"), entry("LV", "\\d{11}"), entry("MT", "\\d{8}"),
			entry("NL", "\\d{9}B\\d{2}"), entry("PL", "\\d{10}"), entry("PT", "\\d{9}"), entry("RO", "[1-9]\\d{1,9}"),
			entry("SE", "\\d{10}01"), entry("SI", "[1-9]\\d{7}"), entry("SK", "[1-9]\\d{9}"),
			entry("XI", "\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}"));

	public EuVatNumber {
		value = Digits.withoutSpaces(value).replace(".", "").replace("-", "").toUpperCase(Locale.ROOT);
		if (value.isEmpty()) {
			throw new InvalidIdentifier("identifier.vatEu.required");
		}
		String country = value.length() >= 2 ? value.substring(0, 2) : value;
		if (country.equals("FR")) {
			throw new InvalidIdentifier("identifier.vatEu.french", value);
		}
		if (country.equals("GR")) {
			throw new InvalidIdentifier("identifier.vatEu.greece", value);
		}
		Pattern format = FORMATS.get(country);
		if (format == null) {
			throw new InvalidIdentifier("identifier.vatEu.country", value, country);
		}
		if (!format.matcher(value.substring(2)).matches()) {
			throw new InvalidIdentifier("identifier.vatEu.format", value, country);
		}
	}

	private static Map.Entry<String, Pattern> entry(String country, String regex) {
		return Map.entry(country, Pattern.compile(regex));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
