package org.chorale.sirene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.chorale.Benchmark;
import org.chorale.shared.Siret;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times SIRET lookups through {@link SireneManagement#find}, as the portal and the API
 * make them, on the register of the database given by {@code --spring.datasource.*}:
 * 100,000 random SIRETs of the register, after a warm-up. Run by {@code bench/sirene.sh};
 * prints p50, p99, p99.9 and max, and the target (p99 < 1 ms).
 */
public final class SireneLookupBenchmark {

	private static final int LOOKUPS = 100_000;

	private static final int WARM_UP = 20_000;

	private SireneLookupBenchmark() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = Benchmark.start(args)) {
			SireneManagement sirene = context.getBean(SireneManagement.class);
			List<Siret> sirets = sample(context.getBean(JdbcClient.class));
			Benchmark.Timing timing = Benchmark.time(sirets, WARM_UP, LOOKUPS, siret -> sirene.find(siret).isPresent());
			report(timing.nanos(), timing.hits());
		}
	}

	private static List<Siret> sample(JdbcClient jdbc) {
		long total = jdbc.sql("SELECT count(*) FROM sirene_etablissement").query(Long.class).single();
		double percent = Math.min(100, 100.0 * (LOOKUPS + WARM_UP) * 1.5 / Math.max(1, total));
		List<Siret> sirets = new ArrayList<>(jdbc
			.sql("SELECT siret FROM sirene_etablissement TABLESAMPLE BERNOULLI (" + percent + ") REPEATABLE (42)")
			.query((row, n) -> new Siret(row.getString(1)))
			.list());
		Collections.shuffle(sirets, new Random(42));
		System.out.printf(Locale.ROOT, "register: %d establishments; %d distinct SIRETs sampled%n", total,
				sirets.size());
		if (sirets.size() < WARM_UP) {
			throw new IllegalStateException("The register is too small for this benchmark: import one first");
		}
		return sirets;
	}

	private static void report(long[] nanos, int found) {
		System.out.printf(Locale.ROOT, "lookups: %d (%d found)%n", nanos.length, found);
		Benchmark.report("lookup", nanos, 1.0);
	}

}
