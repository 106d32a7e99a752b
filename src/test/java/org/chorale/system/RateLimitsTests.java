package org.chorale.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.chorale.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RateLimitsTests {

	private final MutableClock clock = new MutableClock();

	private final RateLimits limits = new RateLimits(new SystemProperties(new SystemProperties.EmbeddedDatabase("", 0),
			new SystemProperties.Limits(new SystemProperties.Limit(5, 2, Duration.ofHours(1)),
					new SystemProperties.Limit(5, 2, Duration.ofHours(1)),
					new SystemProperties.Limit(5, 2, Duration.ofHours(1)))),
			this.clock);

	@Test
	void capsEachEmailThenEachAddressOverTheWindow() {
		this.limits.check(RateLimits.Action.SIGN_UP, "10.0.0.1", "marie@example.fr");
		this.limits.check(RateLimits.Action.SIGN_UP, "10.0.0.1", "Marie@Example.fr");
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> this.limits.check(RateLimits.Action.SIGN_UP, "10.0.0.2", "marie@example.fr"));
		this.limits.check(RateLimits.Action.SIGN_UP, "10.0.0.1", "paul@example.fr");
		this.limits.check(RateLimits.Action.SIGN_UP, "10.0.0.1", "lea@example.fr");
		this.limits.check(RateLimits.Action.SIGN_UP, "10.0.0.1", "hans@example.fr");
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> this.limits.check(RateLimits.Action.SIGN_UP, "10.0.0.1", "ines@example.fr"));
		assertThatNoException()
			.isThrownBy(() -> this.limits.check(RateLimits.Action.SIGN_IN, "10.0.0.1", "marie@example.fr"));
		this.clock.now = this.clock.now.plus(Duration.ofMinutes(61));
		assertThatNoException()
			.isThrownBy(() -> this.limits.check(RateLimits.Action.SIGN_UP, "10.0.0.1", "marie@example.fr"));
	}

	static class MutableClock extends Clock {

		Instant now = Instant.parse("2026-11-22T10:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
