package org.chorale.shared;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SiretTests {

	@ParameterizedTest
	@CsvSource({ "73282932000074, 73282932000074", "'732 829 320 00074', 73282932000074",
			"'\u00a0732\u202f829 320 00074 ', 73282932000074", "35600000000048, 35600000000048",
			"35600000000001, 35600000000001", "35600000000015, 35600000000015" })
	void acceptsValidSiretsIgnoringSpaces(String input, String normalised) {
		assertThat(new Siret(input).value()).isEqualTo(normalised);
	}

	@Test
	void explainsAnInvalidCheckDigitInFrenchAndEnglish() {
		InvalidIdentifier error = catchThrowableOfType(InvalidIdentifier.class, () -> new Siret("73282932000075"));
		assertThat(error.getMessage()).isEqualTo("Le SIRET 732 829 320 00075 a une clé de contrôle invalide");
		assertThat(error.text(Locale.ENGLISH)).isEqualTo("SIRET 732 829 320 00075 has an invalid check digit");
	}

	@ParameterizedTest
	@CsvSource({ "'', Le SIRET est obligatoire", "'   ', Le SIRET est obligatoire",
			"1234, Le SIRET « 1234 » doit comporter 14 chiffres (saisi : 4 caractères)",
			"7328293200007A, Le SIRET « 7328293200007A » doit comporter 14 chiffres (saisi : 14 caractères)",
			"35600000000002, Le SIRET 356 000 000 00002 a une clé de contrôle invalide" })
	void refusesMalformedSiretsWithAMessageSayingWhatIsWrong(String input, String message) {
		assertThatThrownBy(() -> new Siret(input)).isInstanceOf(InvalidIdentifier.class).hasMessage(message);
	}

	@Test
	void refusesNull() {
		assertThatThrownBy(() -> new Siret(null)).hasMessage("Le SIRET est obligatoire");
	}

	@Test
	void completesNumbersWithTheirCheckDigit() {
		assertThat(Siren.completing("73282932")).isEqualTo(new Siren("732829320"));
		assertThat(Siret.completing(new Siren("732829320"), "0007")).isEqualTo(new Siret("73282932000074"));
	}

	@Test
	void knowsItsSirenAndNic() {
		Siret siret = new Siret("73282932000074");
		assertThat(siret.siren()).isEqualTo(new Siren("732829320"));
		assertThat(siret.nic()).isEqualTo("00074");
		assertThat(siret.formatted()).isEqualTo("732 829 320 00074");
	}

	/**
	 * Luhn catches every single-digit error: a valid SIRET with any one digit changed is
	 * refused.
	 */
	@Test
	void refusesEverySingleDigitChangeOfAValidSiret() {
		Random random = new Random(42);
		for (int trial = 0; trial < 500; trial++) {
			String digits = String.format("%013d", (long) (random.nextDouble() * 1e13));
			String valid = digits + Digits.luhnCheckDigit(digits);
			assertThat(new Siret(valid).value()).isEqualTo(valid);
			int position = random.nextInt(14);
			char changed = (char) ('0' + (valid.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
			String wrong = valid.substring(0, position) + changed + valid.substring(position + 1);
			if (!wrong.startsWith(Siret.LA_POSTE_SIREN)) {
				assertThatThrownBy(() -> new Siret(wrong)).isInstanceOf(InvalidIdentifier.class);
			}
		}
	}

}
