package org.chorale.espd;

/**
 * How an answer is kept, whatever its type: a text, except an amount
 * ({@code 1500.00 EUR}) and a period ({@code 2025-01-01/2025-12-31}).
 */
final class Answers {

	private Answers() {
	}

	static String amount(String value, String currency) {
		return value + " " + ((currency == null || currency.isBlank()) ? "EUR" : currency);
	}

	static String period(String start, String end) {
		return start + "/" + end;
	}

	/** The amount's value and currency. */
	static String[] amountParts(String answer) {
		int space = answer.lastIndexOf(' ');
		return (space < 0) ? new String[] { answer, "EUR" }
				: new String[] { answer.substring(0, space), answer.substring(space + 1) };
	}

	/** The period's start and end dates, either possibly blank. */
	static String[] periodParts(String answer) {
		int slash = answer.indexOf('/');
		return (slash < 0) ? new String[] { answer, "" }
				: new String[] { answer.substring(0, slash), answer.substring(slash + 1) };
	}

}
