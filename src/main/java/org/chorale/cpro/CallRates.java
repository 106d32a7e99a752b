package org.chorale.cpro;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Each technical user's calls, as a token bucket: {@code burst} calls at once, refilled
 * at {@code callsPerSecond}. Kept in memory: each node counts on its own.
 */
@Component
class CallRates {

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

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

	private static final class Bucket {

		private double tokens;

		private long updated = System.nanoTime();

		Bucket(int burst) {
			this.tokens = burst;
		}

		synchronized long take(long now, int perSecond, int burst) {
			this.tokens = Math.min(burst, this.tokens + (now - this.updated) / 1e9 * perSecond);
			this.updated = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - this.tokens) / perSecond));
		}

	}

}
