package org.chorale.sirene;

import java.util.Locale;

import org.chorale.shared.Siren;
import org.chorale.shared.Siret;

/**
 * Unique identifiers with valid check digits: company n gets the 8 digits of a bijection
 * of n modulo 10^8 (7,654,321 is prime to 10^8) followed by its Luhn digit; establishment
 * k of a company gets NIC k followed by the digit that makes the SIRET pass the Luhn
 * check.
 */
final class DemoIds {

	String siren(int company) {
		long base = (12_345_678L + company * 7_654_321L) % 100_000_000L;
		return Siren.completing(String.format(Locale.ROOT, "%08d", base)).value();
	}

	String nic(String siren, int establishment) {
		return Siret.completing(new Siren(siren), String.format(Locale.ROOT, "%04d", establishment)).nic();
	}

}
