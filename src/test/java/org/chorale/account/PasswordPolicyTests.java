package org.chorale.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.chorale.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	private final List<String> claire = List.of("Claire", "Dupont", "claire.dupont@papeterie.fr");

	@Test
	void acceptsALongUnusualPassphrase() {
		assertThatNoException().isThrownBy(() -> this.policy.check("Quatre chats gris sous la lune", this.claire));
	}

	@Test
	void refusesFewerThanTwelveCharactersWhateverTheirVariety() {
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> this.policy.check("x7#Qp!2zR9k", this.claire))
			.satisfies(ex -> assertThat(ex.getCodes()).containsExactly("account.password.tooShort"))
			.satisfies(ex -> assertThat(ex.field()).contains("password"));
	}

	@Test
	void refusesOverLongPasswords() {
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> this.policy.check("a".repeat(129), this.claire))
			.satisfies(ex -> assertThat(ex.getCodes()).containsExactly("account.password.tooLong"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "motdepasse123", "password1234", "P@ssw0rd2024!", "azertyuiop123", "123456789012",
			"ClaireDupont2026", "claire.dupont@papeterie" })
	void refusesCommonOrPersonalPasswords(String password) {
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> this.policy.check(password, this.claire))
			.satisfies(ex -> assertThat(ex.getCodes()).containsExactly("account.password.guessable"));
	}

}
