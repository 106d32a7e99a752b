package org.chorale.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmailAddressTests {

	@ParameterizedTest
	@CsvSource({ "Marie@Example.fr,marie@example.fr",
			"'  jean.dupont+factures@mairie-demoville.fr '," + "jean.dupont+factures@mairie-demoville.fr" })
	void isKeptTrimmedAndInLowerCase(String input, String stored) {
		assertThat(new EmailAddress(input).value()).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "marie", "marie@", "@example.fr", "marie@example", "marie dupont@example.fr",
			"marie@exa mple.fr", "<script>@example.fr" })
	void refusesWhatIsNotAnAddress(String input) {
		assertThatExceptionOfType(InvalidIdentifier.class).isThrownBy(() -> new EmailAddress(input))
			.satisfies(ex -> assertThat(ex.getCodes()).containsExactly("email.format"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void refusesBlank(String input) {
		assertThatExceptionOfType(InvalidIdentifier.class).isThrownBy(() -> new EmailAddress(input))
			.satisfies(ex -> assertThat(ex.text(java.util.Locale.ENGLISH)).isEqualTo("The e-mail address is required"));
	}

	@org.junit.jupiter.api.Test
	void refusesOverLongAddresses() {
		assertThatExceptionOfType(InvalidIdentifier.class)
			.isThrownBy(() -> new EmailAddress("a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "."
					+ "d".repeat(60) + "." + "e".repeat(10) + ".fr"))
			.satisfies(ex -> assertThat(ex.getCodes()).containsExactly("email.tooLong"));
	}

}
