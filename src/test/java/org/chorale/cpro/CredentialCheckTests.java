package org.chorale.cpro;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.chorale.structure.StructureManagement;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A technical user's credential is hashed once however many calls bring it at once, and
 * checked again by one call near the end of its remembered check.
 */
class CredentialCheckTests {

	private final Slow encoder = new Slow();

	private final Moving clock = new Moving();

	private final TechnicalAccounts accounts = mock(TechnicalAccounts.class);

	private final Connections connections = new Connections(this.accounts, null, null, mock(StructureManagement.class),
			this.encoder, this.clock, null,
			new CproProperties(50, 100, DataSize.ofMegabytes(170), Duration.ofDays(424), false, 30, 0));

	CredentialCheckTests() {
		TechnicalAccount account = new TechnicalAccount(11L, 7, 8, "tech_7@technique.chorale.invalid",
				this.clock.instant(), null);
		account.reset("hash:Secret-1", Duration.ofDays(424), this.clock.instant());
		when(this.accounts.findByLogin("tech_7@technique.chorale.invalid")).thenReturn(Optional.of(account));
		this.encoder.hashed.set(0);
	}

	@Test
	void callsThatBringTheSameNewCredentialAtOnceShareOneCheck() throws Exception {
		List<CompletableFuture<Caller>> calls = atOnce(8, header("Secret-1"));

		for (CompletableFuture<Caller> call : calls) {
			assertThat(call.get().login()).isEqualTo("tech_7@technique.chorale.invalid");
		}
		assertThat(this.encoder.hashed).hasValue(1);
	}

	@Test
	void aWrongPasswordIsRefusedToEveryCallThatWaitedForItsCheck() {
		List<CompletableFuture<Caller>> calls = atOnce(4, header("Wrong"));

		for (CompletableFuture<Caller> call : calls) {
			assertThatThrownBy(call::join).hasCauseInstanceOf(ApiFailure.class);
		}
		assertThat(this.encoder.hashed).hasValue(1);
	}

	@Test
	void nearTheEndOfItsRememberedCheckOneCallChecksAgainAndTheOthersGoOn() throws Exception {
		this.connections.authenticate(header("Secret-1"));
		this.clock.now = this.clock.now.plus(Connections.REMEMBERED).minusSeconds(30);

		List<CompletableFuture<Caller>> calls = atOnce(6, header("Secret-1"));
		for (CompletableFuture<Caller> call : calls) {
			call.get();
		}

		assertThat(this.encoder.hashed).hasValue(2);
		this.clock.now = this.clock.now.plus(Connections.REMEMBERED).minusSeconds(90);
		this.connections.authenticate(header("Secret-1"));
		assertThat(this.encoder.hashed).as("checked again 30 s before the end, remembered 5 min more").hasValue(2);
	}

	private List<CompletableFuture<Caller>> atOnce(int count, String header) {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Caller>> calls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
				return this.connections.authenticate(header);
			}, runnable -> new Thread(runnable).start()));
		}
		start.countDown();
		return calls;
	}

	private static String header(String password) {
		return Base64.getEncoder()
			.encodeToString(("tech_7@technique.chorale.invalid:" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** An adaptive hash's cost, as a pause, and how many times it was paid. */
	static final class Slow implements PasswordEncoder {

		final AtomicInteger hashed = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			return "hash:" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.hashed.incrementAndGet();
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return encoded.equals("hash:" + raw);
		}

	}

	static final class Moving extends Clock {

		volatile Instant now = Instant.parse("2026-12-02T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
