package org.chorale;

import java.util.Arrays;
import java.util.Locale;

/** Prints the latencies a benchmark measured, and how they compare with a p99 target. */
public final class Latencies {

	private Latencies() {
	}

	/**
	 * Prints "{what} p50 …, p99 …, p99.9 …, max …" and "{what} target p99 < {target} ms:
	 * PASS|FAIL", the lines the bench scripts summarise.
	 */
	public static void report(String what, long[] nanos, double targetMillis) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double p99 = percentile(sorted, 0.99);
		System.out.printf(Locale.ROOT, "%s p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n", what,
				percentile(sorted, 0.50), p99, percentile(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
		System.out.printf(Locale.ROOT, "%s target p99 < %s ms: %s%n", what, targetMillis,
				(p99 < targetMillis) ? "PASS" : "FAIL");
	}

	private static double percentile(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
