package org.chorale.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.chorale.shared.Refusal;

import org.springframework.stereotype.Component;

/**
 * Caps how often one network address, and one e-mail address, may create accounts, sign
 * in or have mails sent, over a sliding window. Counts are kept in memory: each instance
 * of Chorale counts on its own.
 */
@Component
public class RateLimits {

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Deque<Instant>> attempts = new HashMap<>();

	private final SystemProperties.Limits limits;

	private final Clock clock;

	RateLimits(SystemProperties properties, Clock clock) {
		this.limits = properties.rateLimits();
		this.clock = clock;
	}

	/**
	 * Counts one attempt of this kind from this network address for this e-mail address
	 * (either may be null when unknown).
	 * @throws Refusal "rate.limited" when either has reached its limit in the window; the
	 * refused attempt is not counted
	 */
	public void check(Action action, String networkAddress, String email) {
		SystemProperties.Limit limit = this.limits.of(action);
		Instant now = this.clock.instant();
		String byAddress = action + "|ip|" + networkAddress;
		String byEmail = action + "|mail|" + ((email == null) ? null : email.strip().toLowerCase(Locale.ROOT));
		synchronized (this) {
			if (this.attempts.size() > MAX_KEYS) {
				this.attempts.values().removeIf(times -> expired(times, now, limit.window()));
			}
			boolean allowed = (networkAddress == null || count(byAddress, now, limit.window()) < limit.perAddress())
					&& (email == null || count(byEmail, now, limit.window()) < limit.perEmail());
			if (!allowed) {
				throw Refusal.of("rate.limited", limit.window().toMinutes());
			}
			if (networkAddress != null) {
				this.attempts.computeIfAbsent(byAddress, key -> new ArrayDeque<>()).addLast(now);
			}
			if (email != null) {
				this.attempts.computeIfAbsent(byEmail, key -> new ArrayDeque<>()).addLast(now);
			}
		}
	}

	private int count(String key, Instant now, Duration window) {
		Deque<Instant> times = this.attempts.get(key);
		if (times == null) {
			return 0;
		}
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
			times.removeFirst();
		}
		return times.size();
	}

	private static boolean expired(Deque<Instant> times, Instant now, Duration window) {
		return times.isEmpty() || !times.peekLast().isAfter(now.minus(window));
	}

	/** What is being limited. */
	public enum Action {

		SIGN_UP, SIGN_IN, MAIL

	}

}
