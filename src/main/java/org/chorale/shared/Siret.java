package org.chorale.shared;

/**
 * SIRET: an establishment's 14 digits, its company's {@link Siren} followed by the
 * 5-digit NIC. The whole number passes the Luhn check, except for La Poste (SIREN
 * 356000000), whose many establishments are numbered with the rule that the sum of the
 * SIRET's digits is a multiple of 5. Spaces in the input are ignored.
 */
public record Siret(String value) {

	static final String LA_POSTE_SIREN = "356000000";

	public Siret {
		value = Digits.withoutSpaces(value);
		if (value.isEmpty()) {
			throw new InvalidIdentifier("identifier.siret.required");
		}
		if (!Digits.allDigits(value, 14)) {
			throw new InvalidIdentifier("identifier.siret.format", value, value.length());
		}
		if (!checkDigitValid(value)) {
			throw new InvalidIdentifier("identifier.siret.checkDigit", format(value));
		}
	}

	/**
	 * La Poste's head office (356 000 000 00048) passes the Luhn check; its other
	 * establishments the sum rule.
	 */
	private static boolean checkDigitValid(String value) {
		return Digits.luhnValid(value) || (value.startsWith(LA_POSTE_SIREN) && Digits.digitSum(value) % 5 == 0);
	}

	/**
	 * The SIRET of this SIREN whose NIC starts with these four digits, its Luhn check
	 * digit added.
	 */
	public static Siret completing(Siren siren, String firstFourNicDigits) {
		String digits = siren.value() + firstFourNicDigits;
		return new Siret(digits + Digits.luhnCheckDigit(digits));
	}

	public Siren siren() {
		return new Siren(this.value.substring(0, 9));
	}

	/**
	 * The establishment's internal number (numéro interne de classement), the last 5
	 * digits.
	 */
	public String nic() {
		return this.value.substring(9);
	}

	/** "732 829 320 00074", as INSEE prints it. */
	public String formatted() {
		return format(this.value);
	}

	private static String format(String value) {
		return Digits.groupedByThree(value.substring(0, 9)) + " " + value.substring(9);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
