package org.chorale.sirene;

/** A cheap check of INSEE's yyyy-MM-dd dates, millions of times per import. */
final class IsoDate {

	private static final int[] DAYS = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	private IsoDate() {
	}

	static String check(String value) {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			throw new IllegalArgumentException();
		}
		int year = number(value, 0, 4);
		int month = number(value, 5, 7);
		int day = number(value, 8, 10);
		boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
		int last = (month == 2 && !leap) ? 28 : (month >= 1 && month <= 12) ? DAYS[month - 1] : 0;
		if (year < 1 || day < 1 || day > last) {
			throw new IllegalArgumentException();
		}
		return value;
	}

	private static int number(String value, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException();
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

}
