package org.chorale.shared;

/**
 * SIREN: the 9-digit number INSEE gives a French legal unit (company, association, public
 * body, individual entrepreneur). Its last digit is a Luhn check digit. Spaces in the
 * input are ignored.
 */
public record Siren(String value) {

	public Siren {
		value = Digits.withoutSpaces(value);
		if (value.isEmpty()) {
			throw new InvalidIdentifier("identifier.siren.required");
		}
		if (!Digits.allDigits(value, 9)) {
			throw new InvalidIdentifier("identifier.siren.format", value, value.length());
		}
		if (!Digits.luhnValid(value)) {
			throw new InvalidIdentifier("identifier.siren.checkDigit", Digits.groupedByThree(value));
		}
	}

	/** The SIREN whose first eight digits are these, with its Luhn check digit added. */
	public static Siren completing(String firstEightDigits) {
		return new Siren(firstEightDigits + Digits.luhnCheckDigit(firstEightDigits));
	}

	/** "732 829 320", as INSEE prints it. */
	public String formatted() {
		return Digits.groupedByThree(this.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
