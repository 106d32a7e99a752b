package org.chorale;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the latency benchmarks run by {@code bench/} share: Chorale without its web server
 * on the database named by {@code --spring.datasource.*}, a timed loop, and the lines the
 * bench scripts summarise.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static ConfigurableApplicationContext start(String[] args) {
		SpringApplication spring = new SpringApplication(ChoraleApplication.class);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setBannerMode(Banner.Mode.OFF);
		spring.setLogStartupInfo(false);
		return spring.run(args);
	}

	/**
	 * Calls {@code call} on the first {@code warmUp} inputs untimed, then {@code runs}
	 * times over the inputs, timing each call.
	 * @return each call's time, and how many calls answered true
	 */
	public static <T> Timing time(List<T> inputs, int warmUp, int runs, Predicate<T> call) {
		inputs.subList(0, warmUp).forEach(call::test);
		long[] nanos = new long[runs];
		int hits = 0;
		for (int i = 0; i < runs; i++) {
			T input = inputs.get(i % inputs.size());
			long started = System.nanoTime();
			hits += call.test(input) ? 1 : 0;
			nanos[i] = System.nanoTime() - started;
		}
		return new Timing(nanos, hits);
	}

	/**
	 * Prints "{what} p50 …, p99 …, p99.9 …, max …" and "{what} target p99 < {target} ms:
	 * PASS|FAIL".
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

	/** The time of each call, and how many answered true. */
	public record Timing(long[] nanos, int hits) {

	}

}
