package org.chorale.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FrenchVatNumberTests {

	@ParameterizedTest
	@CsvSource({ "FR40303265045, FR40303265045", "'fr 40 303 265 045', FR40303265045", "FR44732829320, FR44732829320" })
	void acceptsValidNumbers(String input, String normalised) {
		assertThat(new FrenchVatNumber(input).value()).isEqualTo(normalised);
	}

	@Test
	void derivesTheKeyFromTheSiren() {
		assertThat(FrenchVatNumber.of(new Siren("732829320")).value()).isEqualTo("FR44732829320");
		assertThat(new FrenchVatNumber("FR40303265045").siren()).isEqualTo(new Siren("303265045"));
	}

	@ParameterizedTest
	@CsvSource({ "'', Le numéro de TVA est obligatoire",
			"DE40303265045, 'Le numéro de TVA « DE40303265045 » doit s''écrire FR, une clé de 2 chiffres puis le SIREN (9 chiffres)'",
			"FR4030326504, 'Le numéro de TVA « FR4030326504 » doit s''écrire FR, une clé de 2 chiffres puis le SIREN (9 chiffres)'",
			"FR41303265045, 'Le numéro de TVA FR41303265045 a une clé invalide : pour ce SIREN, la clé est 40'",
			"FR40303265046, 'Le numéro de TVA FR40303265046 contient le SIREN 303 265 046, dont la clé de contrôle est invalide'" })
	void refusesInvalidNumbers(String input, String message) {
		assertThatThrownBy(() -> new FrenchVatNumber(input)).isInstanceOf(InvalidIdentifier.class).hasMessage(message);
	}

	@Test
	void explainsAWrongKeyInEnglish() {
		InvalidIdentifier error = catchThrowableOfType(InvalidIdentifier.class,
				() -> new FrenchVatNumber("FR41303265045"));
		assertThat(error.text(Locale.ENGLISH))
			.isEqualTo("The VAT number FR41303265045 has an invalid key: for this SIREN the key is 40");
	}

}
