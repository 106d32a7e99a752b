package org.chorale.shared;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SirenTests {

	@ParameterizedTest
	@CsvSource({ "732829320, 732829320", "'732 829 320', 732829320", "356000000, 356000000", "303265045, 303265045" })
	void acceptsValidSirensIgnoringSpaces(String input, String normalised) {
		assertThat(new Siren(input).value()).isEqualTo(normalised);
		assertThat(new Siren(input).formatted())
			.isEqualTo(normalised.replaceAll("(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3"));
	}

	@ParameterizedTest
	@CsvSource({ "'', Le SIREN est obligatoire",
			"73282932, Le SIREN « 73282932 » doit comporter 9 chiffres (saisi : 8 caractères)",
			"73282932O, Le SIREN « 73282932O » doit comporter 9 chiffres (saisi : 9 caractères)",
			"732829321, Le SIREN 732 829 321 a une clé de contrôle invalide" })
	void refusesMalformedSirens(String input, String message) {
		assertThatThrownBy(() -> new Siren(input)).isInstanceOf(InvalidIdentifier.class).hasMessage(message);
	}

	@Test
	void explainsInEnglishToo() {
		InvalidIdentifier error = catchThrowableOfType(InvalidIdentifier.class, () -> new Siren("12"));
		assertThat(error.text(Locale.ENGLISH)).isEqualTo("The SIREN \"12\" must have 9 digits (entered: 2 characters)");
	}

	@Test
	void acceptsExactlyTheNumbersWhoseLuhnSumIsAMultipleOfTen() {
		Random random = new Random(7);
		for (int trial = 0; trial < 1000; trial++) {
			String digits = String.format("%09d", random.nextInt(1_000_000_000));
			boolean luhn = Digits.luhnSum(digits) % 10 == 0;
			if (luhn) {
				assertThat(new Siren(digits).value()).isEqualTo(digits);
			}
			else {
				assertThatThrownBy(() -> new Siren(digits)).isInstanceOf(InvalidIdentifier.class);
			}
		}
	}

}
