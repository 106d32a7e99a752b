package org.chorale.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;
import org.chorale.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccountTests {

	private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

	private final Account account = Account.register(new EmailAddress("marie@example.fr"),
			new PersonDetails("Marie", "Martin", Optional.empty(), new EmailAddress("marie@example.fr")),
			Language.FRENCH, this.now);

	@Test
	void startsWaitingForActivationAndIsActivatedOnce() {
		assertThat(this.account.status()).isEqualTo(AccountStatus.EN_ATTENTE_ACTIVATION);
		this.account.activate("hash", SecretQuestion.PREMIER_ANIMAL, "answer", this.now);
		assertThat(this.account.status()).isEqualTo(AccountStatus.ACTIF);
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> this.account.activate("other", SecretQuestion.PREMIER_ANIMAL, "answer", this.now));
	}

	@Test
	void theFifthFailedSignInLocksForTheLockDurationThenCountingStartsAgain() {
		Duration hour = Duration.ofHours(1);
		for (int failure = 1; failure < 5; failure++) {
			assertThat(this.account.signInFailed(this.now, 5, hour)).isFalse();
		}
		assertThat(this.account.signInFailed(this.now, 5, hour)).isTrue();
		assertThat(this.account.lockedAt(this.now.plus(Duration.ofMinutes(59)))).isTrue();
		assertThat(this.account.signInFailed(this.now.plusSeconds(60), 5, hour)).as("no count while locked").isFalse();
		Instant later = this.now.plus(hour);
		assertThat(this.account.lockedAt(later)).isFalse();
		assertThat(this.account.signInFailed(later, 5, hour)).as("a fresh count after the lock").isFalse();
	}

	@Test
	void aSuccessfulSignInClearsTheCount() {
		for (int failure = 1; failure < 5; failure++) {
			this.account.signInFailed(this.now, 5, Duration.ofHours(1));
		}
		this.account.signedIn();
		assertThat(this.account.signInFailed(this.now, 5, Duration.ofHours(1))).isFalse();
	}

}
