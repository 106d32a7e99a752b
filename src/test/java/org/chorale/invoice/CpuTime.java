package org.chorale.invoice;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU of a benchmark phase went: the deposit workers, the rest of this JVM
 * (clients, intake, collector) and the PostgreSQL server's processes (read from /proc, so
 * on Linux only).
 */
final class CpuTime {

	private static final double TICKS_PER_SECOND = 100;

	private final long workers;

	private final long process;

	private final long postgres;

	private CpuTime(long workers, long process, long postgres) {
		this.workers = workers;
		this.process = process;
		this.postgres = postgres;
	}

	static CpuTime now() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long workers = 0;
		for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("deposit-worker")) {
				workers += threads.getThreadCpuTime(info.getThreadId());
			}
		}
		long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return new CpuTime(workers, process, postgresNanos());
	}

	/**
	 * @param intakeNanos the CPU the clients' threads spent in the deposit calls
	 */
	void reportSince(int invoices, long intakeNanos) {
		CpuTime end = now();
		double workers = (end.workers - this.workers) / 1e6 / invoices;
		double intake = intakeNanos / 1e6 / invoices;
		double rest = (end.process - this.process) / 1e6 / invoices - workers - intake;
		double postgres = (end.postgres - this.postgres) / 1e6 / invoices;
		System.out.printf(Locale.ROOT,
				"CPU per invoice: intake (deposit calls) %.2f ms, deposit workers %.2f ms, rest of the JVM (collector, JIT compiler, benchmark clients) %.2f ms, PostgreSQL %.2f ms%n",
				intake, workers, rest, postgres);
	}

	private static long postgresNanos() {
		Map<String, Long> ticks = new HashMap<>();
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			processes.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
				try {
					String stat = Files.readString(p.resolve("stat"));
					if (stat.contains("(postgres)")) {
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						ticks.put(p.toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			});
		}
		catch (IOException ex) {
			return 0;
		}
		return (long) (ticks.values().stream().mapToLong(Long::longValue).sum() / TICKS_PER_SECOND * 1e9);
	}

}
