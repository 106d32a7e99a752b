package org.chorale.shared;

/** Normalisation and check digits shared by the French identifiers. */
final class Digits {

	private Digits() {
	}

	/**
	 * Removes spaces, including the no-break spaces that copying from a PDF or a web page
	 * brings.
	 */
	static String withoutSpaces(String input) {
		if (input == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder(input.length());
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	static boolean allDigits(String value, int length) {
		if (value.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The Luhn check used by SIREN and SIRET: doubling every second digit from the right.
	 */
	static boolean luhnValid(String digits) {
		return luhnSum(digits) % 10 == 0;
	}

	/** The digit that, appended, makes the number pass the Luhn check. */
	static int luhnCheckDigit(String digits) {
		return (10 - luhnSum(digits + "0") % 10) % 10;
	}

	static int luhnSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum;
	}

	static int digitSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += digits.charAt(i) - '0';
		}
		return sum;
	}

	/** Groups digits by three from the left, as INSEE prints a SIREN: "732 829 320". */
	static String groupedByThree(String digits) {
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && i % 3 == 0) {
				grouped.append(' ');
			}
			grouped.append(digits.charAt(i));
		}
		return grouped.toString();
	}

}
