package org.chorale.invoice;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where the CPU of a benchmark phase went: the deposit workers, the JVM's collector and
 * JIT compilers, the rest of this JVM (clients, intake) and the PostgreSQL server's
 * processes (the last three read from /proc, so on Linux only).
 */
final class CpuTime {

	private static final double TICKS_PER_SECOND = 100;

	private final long workers;

	private final long process;

	private final long collector;

	private final long compilers;

	private final long postgres;

	private CpuTime(long workers, long process, long collector, long compilers, long postgres) {
		this.workers = workers;
		this.process = process;
		this.collector = collector;
		this.compilers = compilers;
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
		// the JVM's own threads, named as HotSpot names them ("GC Thread#0", "G1 Conc#0",
		// "C2 CompilerThread0"...)
		long collector = ticks(Path.of("/proc/self/task"),
				name -> name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread"));
		long compilers = ticks(Path.of("/proc/self/task"), name -> name.contains("CompilerThre"));
		long postgres = ticks(Path.of("/proc"), "postgres"::equals);
		return new CpuTime(workers, process, collector, compilers, postgres);
	}

	/**
	 * @param intakeNanos the CPU the clients' threads spent in the deposit calls
	 */
	void reportSince(int invoices, long intakeNanos) {
		CpuTime end = now();
		double workers = (end.workers - this.workers) / 1e6 / invoices;
		double intake = intakeNanos / 1e6 / invoices;
		double collector = (end.collector - this.collector) / 1e6 / invoices;
		double compilers = (end.compilers - this.compilers) / 1e6 / invoices;
		double rest = (end.process - this.process) / 1e6 / invoices - workers - intake - collector - compilers;
		double postgres = (end.postgres - this.postgres) / 1e6 / invoices;
		System.out.printf(Locale.ROOT,
				"CPU per invoice: intake (deposit calls) %.2f ms, deposit workers %.2f ms, collector %.2f ms, JIT compilers %.2f ms, rest of the JVM (benchmark clients, listeners) %.2f ms, PostgreSQL %.2f ms%n",
				intake, workers, collector, compilers, rest, postgres);
	}

	/**
	 * The CPU time of the processes (or threads) in this folder whose name passes, in
	 * nanoseconds; those that end meanwhile are left out.
	 */
	private static long ticks(Path folder, Predicate<String> name) {
		long ticks = 0;
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String stat = Files.readString(entry.resolve("stat"));
					if (name.test(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) {
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (IOException | RuntimeException ex) {
					// it ended meanwhile
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return (long) (ticks / TICKS_PER_SECOND * 1e9);
	}

}
