package org.chorale.shared;

import java.util.Locale;

/**
 * French intra-community VAT number: "FR", a 2-digit key, then the company's
 * {@link Siren}; the key is (12 + 3 × (SIREN mod 97)) mod 97. Spaces are ignored and
 * letters may be lower case.
 */
public record FrenchVatNumber(String value) {

	public FrenchVatNumber {
		value = Digits.withoutSpaces(value).toUpperCase(Locale.ROOT);
		if (value.isEmpty()) {
			throw new InvalidIdentifier("identifier.vatFr.required");
		}
		if (!value.startsWith("FR") || !Digits.allDigits(value.substring(2), 11)) {
			throw new InvalidIdentifier("identifier.vatFr.format", value);
		}
		String siren = value.substring(4);
		if (!Digits.luhnValid(siren)) {
			throw new InvalidIdentifier("identifier.vatFr.siren", value, Digits.groupedByThree(siren));
		}
		String expected = key(siren);
		if (!value.substring(2, 4).equals(expected)) {
			throw new InvalidIdentifier("identifier.vatFr.key", value, expected);
		}
	}

	/** The VAT number INSEE and the DGFiP derive from a SIREN. */
	public static FrenchVatNumber of(Siren siren) {
		return new FrenchVatNumber("FR" + key(siren.value()) + siren.value());
	}

	public Siren siren() {
		return new Siren(this.value.substring(4));
	}

	private static String key(String siren) {
		long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
		return (key < 10 ? "0" : "") + key;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
