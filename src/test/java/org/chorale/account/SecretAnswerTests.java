package org.chorale.account;

import org.junit.jupiter.api.Test;

import org.chorale.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SecretAnswerTests {

	@Test
	void ignoresCaseAccentsAndExtraSpaces() {
		assertThat(SecretAnswer.normalized("  Saint-Étienne   du  Rouvray "))
			.isEqualTo(SecretAnswer.normalized("saint-etienne du rouvray"));
		assertThat(SecretAnswer.normalized("Médor")).isEqualTo("medor");
	}

	@Test
	void refusesAnswersTooShortOrTooLong() {
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> SecretAnswer.normalized(" a "))
			.satisfies(ex -> assertThat(ex.field()).contains("secretAnswer"));
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> SecretAnswer.normalized("x".repeat(101)));
	}

}
