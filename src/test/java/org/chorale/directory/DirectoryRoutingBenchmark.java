package org.chorale.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.chorale.Benchmark;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times routing decisions through {@link Directory#route}, as every deposit channel will
 * ask them, on the directory of the database given by {@code --spring.datasource.*}:
 * 100,000 requests after a warm-up, each for a random service of a random recipient, a
 * quarter without service code, a third with a commitment number. Run by
 * {@code bench/directory.sh}; prints p50, p99, p99.9 and max, and the target (p99
 * < 1 ms).
 */
public final class DirectoryRoutingBenchmark {

	private static final int DECISIONS = 100_000;

	private static final int WARM_UP = 20_000;

	private DirectoryRoutingBenchmark() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = Benchmark.start(args)) {
			Directory directory = context.getBean(Directory.class);
			List<RoutingRequest> requests = sample(context.getBean(JdbcClient.class));
			Benchmark.Timing timing = Benchmark.time(requests, WARM_UP, DECISIONS,
					request -> directory.route(request).accepted());
			report(timing.nanos(), timing.hits());
		}
	}

	private static List<RoutingRequest> sample(JdbcClient jdbc) {
		long total = jdbc.sql("SELECT count(*) FROM recipient_service").query(Long.class).single();
		double percent = Math.min(100, 100.0 * (DECISIONS + WARM_UP) * 1.5 / Math.max(1, total));
		Random random = new Random(42);
		LocalDate today = LocalDate.now();
		List<RoutingRequest> requests = new ArrayList<>(jdbc
			.sql("SELECT r.identifier_type, r.identifier, s.code FROM recipient_service s TABLESAMPLE BERNOULLI ("
					+ percent + ") REPEATABLE (42) JOIN recipient r ON r.id = s.recipient")
			.query((row, n) -> new RoutingRequest(
					new StructureIdentifier(IdentifierType.valueOf(row.getString(1)), row.getString(2)),
					(random.nextInt(4) == 0) ? Optional.empty() : Optional.of(row.getString(3)),
					(random.nextInt(3) == 0) ? Optional.of("EJ-" + random.nextInt(1_000_000)) : Optional.empty(),
					Optional.empty(), today))
			.list());
		Collections.shuffle(requests, random);
		System.out.printf(Locale.ROOT, "directory: %d services; %d routing requests sampled%n", total, requests.size());
		if (requests.size() < WARM_UP) {
			throw new IllegalStateException("The directory is too small for this benchmark: import one first");
		}
		return requests;
	}

	private static void report(long[] nanos, int accepted) {
		System.out.printf(Locale.ROOT, "decisions: %d (%d accepted, the others refused with their reasons)%n",
				nanos.length, accepted);
		Benchmark.report("routing", nanos, 1.0);
	}

}
