package org.chorale.cpro;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Each technical user's calls, as a token bucket: {@code burst} calls at once, refilled
 * at {@code callsPerSecond}; and each network address's failed credentials, so that
 * passwords and secrets cannot be guessed at the speed of their hashes. Kept in memory:
 * each node counts on its own.
 */
@Component
class CallRates {

	private static final int FAILURES_AT_ONCE = 10;

	private static final int MAX_ADDRESSES = 100_000;

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

	private final CproProperties properties;

	CallRates(CproProperties properties) {
		this.properties = properties;
	}

	/**
	 * Takes one call from the user's bucket.
	 * @return 0 when the call may go on, else the seconds to wait before the next one
	 */
	long take(long technicalAccount) {
		return this.buckets.computeIfAbsent(technicalAccount, id -> new Bucket(this.properties.burst()))
			.take(System.nanoTime(), this.properties.callsPerSecond(), this.properties.burst());
	}

	/**
	 * Whether this address may try credentials now.
	 * @return 0 when it may, else the seconds to wait
	 */
	long failuresWait(String address) {
		Bucket bucket = this.failures.get(address);
		return (bucket == null) ? 0 : bucket.waitFor(System.nanoTime(), perSecond(), FAILURES_AT_ONCE);
	}

	/** Counts a failed credential from this address. */
	void failed(String address) {
		if (this.failures.size() > MAX_ADDRESSES) {
			this.failures.clear();
		}
		this.failures.computeIfAbsent(address, key -> new Bucket(FAILURES_AT_ONCE))
			.take(System.nanoTime(), perSecond(), FAILURES_AT_ONCE);
	}

	private double perSecond() {
		return this.properties.failedSignInsPerMinute() / 60.0;
	}

	private static final class Bucket {

		private double tokens;

		private long updated = System.nanoTime();

		Bucket(int burst) {
			this.tokens = burst;
		}

		synchronized long take(long now, double perSecond, int burst) {
			long wait = waitFor(now, perSecond, burst);
			if (wait == 0) {
				this.tokens -= 1;
			}
			return wait;
		}

		synchronized long waitFor(long now, double perSecond, int burst) {
			this.tokens = Math.min(burst, this.tokens + (now - this.updated) / 1e9 * perSecond);
			this.updated = now;
			return (this.tokens >= 1) ? 0 : Math.max(1, (long) Math.ceil((1 - this.tokens) / perSecond));
		}

	}

}
