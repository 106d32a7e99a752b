package org.chorale.invoice;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.chorale.Benchmark;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.directory.DirectoryAdministration;
import org.chorale.directory.TestDirectory;
import org.chorale.invoice.validation.InvoiceValidator;
import org.chorale.invoice.validation.RawPhive;
import org.chorale.invoice.validation.RuleSet;
import org.chorale.invoice.validation.RuleSets;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sustained intake of the CEN example invoices, made routable to the demo directory,
 * through the file channel's service, beside raw phive on the same files and both cores
 * in the same run (issue 5): run by {@code bench/deposit.sh}.
 * <ol>
 * <li>warm-up: the JIT and the compiled rule sets, for phive, Chorale's validator and
 * Chorale's deposit path (the JIT compiles each path's own code);</li>
 * <li>three rounds of: raw phive (two threads validating the files, invoices/s),
 * Chorale's validator alone the same way, and saturation (deposits as fast as two clients
 * can make them, invoices/s from the first acknowledgement to the last routed invoice;
 * the acknowledgement times of the last round); the medians are compared;</li>
 * <li>paced: deposits at 80 % of the raw rate, acknowledgement-to-routed and
 * acknowledgement times.</li>
 * </ol>
 */
public final class DepositBenchmark {

	static final String SUPPLIER = "40999900000014";

	static final String DEMOVILLE = "21999900000017";

	private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUp", 60));

	private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 30));

	private static final int CLIENTS = 2;

	/**
	 * Raw phive and Chorale measured in turns, so that drift (the JIT, the collector, the
	 * machine) touches both alike; each figure is the median of its rounds.
	 */
	private static final int ROUNDS = 3;

	private DepositBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = Benchmark.start(args)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			TestPeople.none(jdbc);
			TestDirectory.featured(jdbc, context.getBean(DirectoryAdministration.class));
			empty(jdbc);
			String manager = TestPeople.email("bench");
			StructureId supplier = TestStructures.supplier(context, new Siret(SUPPLIER), "BENCH", manager);
			AccountId account = context.getBean(AccountManagement.class)
				.find(new EmailAddress(manager))
				.orElseThrow()
				.id();
			InvoiceManagement invoices = context.getBean(InvoiceManagement.class);

			List<byte[]> files = routable(invoices);
			List<RuleSet> sets = new ArrayList<>();
			for (byte[] file : files) {
				sets.add(RawPhive.ruleSet(file));
			}
			RawPhive phive = new RawPhive(context.getBean(RuleSets.class));
			InvoiceValidator validator = context.getBean(InvoiceValidator.class);
			BiPredicate<RuleSet, byte[]> chorales = (set, file) -> validator.validate("f.xml", file, LocalDate.now())
				.valid();
			Depositor depositor = new Depositor(invoices, account, supplier, files);
			System.out.printf("%d CEN examples routable to COMMUNE DE DEMOVILLE; warm-up %d s of each path%n",
					files.size(), WARM_UP.toSeconds());
			rate(files, phive::validate, sets, WARM_UP);
			rate(files, chorales, sets, WARM_UP.dividedBy(2));
			saturation(jdbc, depositor, (int) (100 * WARM_UP.toSeconds()), false);
			// the statistics autovacuum gathers on a server left to its defaults (some
			// development servers run without it, and PostgreSQL then keeps plans chosen
			// while the tables were empty); emptying the tables between rounds keeps them
			jdbc.sql("ANALYZE").update();

			double[] raw = new double[ROUNDS];
			double[] validated = new double[ROUNDS];
			double[] routed = new double[ROUNDS];
			Duration round = MEASURE.dividedBy(ROUNDS);
			for (int r = 0; r < ROUNDS; r++) {
				raw[r] = rate(files, phive::validate, sets, round);
				validated[r] = rate(files, chorales, sets, round);
				routed[r] = saturation(jdbc, depositor, (int) Math.max(200, raw[r] * round.toSeconds()),
						r == ROUNDS - 1);
				System.out.printf(Locale.ROOT,
						"round %d: raw phive %.1f/s, Chorale's validator alone %.1f/s, Chorale acknowledged to routed %.1f/s (%.0f %% of raw)%n",
						r + 1, raw[r], validated[r], routed[r], 100 * routed[r] / raw[r]);
			}
			double rawRate = median(raw);
			double chorale = median(routed);
			System.out.printf(Locale.ROOT, "raw phive, 2 threads: %.1f invoices/s (median of %d rounds)%n", rawRate,
					ROUNDS);
			System.out.printf(Locale.ROOT,
					"Chorale's validator alone (type, DOCTYPE guard, rules, reading, platform rules), 2 threads: %.1f invoices/s%n",
					median(validated));
			System.out.printf(Locale.ROOT,
					"chorale saturated: %.1f invoices/s acknowledged to routed, %.0f %% of raw phive (target >= 80 %%): %s%n",
					chorale, 100 * chorale / rawRate, (chorale >= 0.8 * rawRate) ? "PASS" : "FAIL");
			paced(jdbc, depositor, 0.8 * rawRate);
		}
	}

	/**
	 * The examples that pass every rule once routable (some CEN examples break the
	 * platform's).
	 */
	private static List<byte[]> routable(InvoiceManagement invoices) throws Exception {
		List<byte[]> valid = new ArrayList<>();
		for (byte[] example : RoutableExamples.all(SUPPLIER, DEMOVILLE)) {
			if (invoices
				.check("example.xml", RoutableExamples.numbered(example, "CHECK"),
						Optional.of(StructureIdentifier.of(new Siret(SUPPLIER))))
				.valid()) {
				valid.add(example);
			}
		}
		return valid;
	}

	private static double rate(List<byte[]> files, BiPredicate<RuleSet, byte[]> validate, List<RuleSet> sets,
			Duration duration) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		AtomicLong done = new AtomicLong();
		Instant end = Instant.now().plus(duration);
		List<Future<?>> threads = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			int offset = t;
			threads.add(pool.submit(() -> {
				for (int i = offset; Instant.now().isBefore(end); i++) {
					int k = i % files.size();
					if (!validate.test(sets.get(k), files.get(k))) {
						throw new IllegalStateException("A routable example became invalid");
					}
					done.incrementAndGet();
				}
			}));
		}
		for (Future<?> thread : threads) {
			thread.get();
		}
		pool.shutdown();
		return done.get() / (double) duration.toSeconds();
	}

	/**
	 * Empties the deposits between phases, locking the tables in the order of the idle
	 * deposit workers' polls (their files, then their deposits).
	 */
	private static void empty(JdbcClient jdbc) {
		TestPeople.empty(jdbc, "TRUNCATE deposit_file, deposit, invoice_count CASCADE");
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double saturation(JdbcClient jdbc, Depositor depositor, int count, boolean report) throws Exception {
		empty(jdbc);
		CpuTime cpu = CpuTime.now();
		long intake = depositor.intakeNanos().get();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<Long>> acks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			acks.add(clients.submit(depositor::deposit));
		}
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			nanos[i] = acks.get(i).get();
		}
		clients.shutdown();
		waitUntilRouted(jdbc, count);
		double seconds = jdbc
			.sql("select extract(epoch from max(f.processed_at) - min(d.deposited_at)) "
					+ "from deposit d join deposit_file f on f.deposit_id = d.id")
			.query(Double.class)
			.single();
		if (report) {
			Benchmark.report("saturated acknowledgement", nanos, 50);
			cpu.reportSince(count, depositor.intakeNanos().get() - intake);
		}
		return count / seconds;
	}

	private static void paced(JdbcClient jdbc, Depositor depositor, double perSecond) throws Exception {
		empty(jdbc);
		int count = (int) (perSecond * MEASURE.toSeconds());
		ScheduledExecutorService clients = Executors.newScheduledThreadPool(4);
		long period = (long) (1_000_000_000L / perSecond);
		List<Future<Long>> acks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			acks.add(clients.schedule(depositor::deposit, i * period, TimeUnit.NANOSECONDS));
		}
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			nanos[i] = acks.get(i).get();
		}
		clients.shutdown();
		waitUntilRouted(jdbc, count);
		System.out.printf(Locale.ROOT, "paced at %.1f invoices/s (80 %% of raw phive) for %d s:%n", perSecond,
				MEASURE.toSeconds());
		Benchmark.report("paced acknowledgement", nanos, 50);
		long[] routed = jdbc
			.sql("select (extract(epoch from f.processed_at - d.deposited_at) * 1e9)::bigint "
					+ "from deposit d join deposit_file f on f.deposit_id = d.id")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		Benchmark.report("paced acknowledgement to routed", routed, 1000);
	}

	private static void waitUntilRouted(JdbcClient jdbc, int count) throws InterruptedException {
		// every deposit is acknowledged, so none waiting means all processed; asked of
		// the waiting files' index, so that polling costs PostgreSQL next to nothing
		while (jdbc.sql("select exists (select from deposit_file where state = 'EN_ATTENTE')")
			.query(Boolean.class)
			.single()) {
			Thread.sleep(50);
		}
		int integrated = jdbc.sql("select count(*) from invoice").query(Integer.class).single();
		if (integrated != count) {
			throw new IllegalStateException(integrated + " of " + count + " invoices integrated");
		}
	}

	/** One client's deposit of the next example under a new number, timed. */
	private record Depositor(InvoiceManagement invoices, AccountId account, StructureId supplier,
			List<Function<String, byte[]>> files, AtomicInteger numbers, AtomicLong intakeNanos) {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		Depositor(InvoiceManagement invoices, AccountId account, StructureId supplier, List<byte[]> files) {
			this(invoices, account, supplier, files.stream().map(RoutableExamples::numbering).toList(),
					new AtomicInteger(), new AtomicLong());
		}

		/**
		 * @return the wall time until acknowledged
		 */
		long deposit() {
			int n = this.numbers.incrementAndGet();
			byte[] invoice = this.files.get(n % this.files.size()).apply("BENCH-" + n);
			long cpu = THREADS.getCurrentThreadCpuTime();
			long started = System.nanoTime();
			this.invoices.deposit(this.account, this.supplier, DepositChannel.UPLOAD_PORTAIL, "bench-" + n + ".xml",
					invoice);
			long acknowledged = System.nanoTime() - started;
			this.intakeNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
			return acknowledged;
		}

	}

}
