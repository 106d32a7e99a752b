package org.chorale.sirene;

/**
 * Unique identifiers with valid check digits: company n gets the 8 digits of a bijection
 * of n modulo 10^8 followed by its Luhn digit; establishment k of a company gets NIC k
 * followed by the digit that makes the SIRET pass the Luhn check.
 */
final class DemoIds {

	String siren(int company) {
		long base = (12_345_678L + company * 7_654_321L) % 100_000_000L;
		String digits = String.format("%08d", base);
		return digits + checkDigit(digits);
	}

	String nic(String siren, int establishment) {
		String nic = String.format("%04d", establishment);
		return nic + checkDigit(siren + nic);
	}

	private static int checkDigit(String digits) {
		for (int candidate = 0; candidate < 10; candidate++) {
			if (luhnSum(digits + candidate) % 10 == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("no Luhn digit for " + digits);
	}

	private static int luhnSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum;
	}

}
