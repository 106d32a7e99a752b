package org.chorale.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.shared.Refusal;
import org.chorale.shared.Translatable;
import org.chorale.shared.csv.ImportListener;
import org.chorale.shared.csv.MalformedFile;

import org.springframework.stereotype.Component;

/**
 * Directory imports started from the administrators' page: each runs in the background,
 * one at a time, and its page follows its progress. A job is kept in memory until the
 * portal restarts; an import cut short by a restart is rolled back as a whole.
 */
@Component
class DirectoryImportJobs {

	private static final Logger log = LoggerFactory.getLogger(DirectoryImportJobs.class);

	/** The finished jobs kept for their pages. */
	private static final int KEPT = 20;

	private final DirectoryAdministration directory;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "directory-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	DirectoryImportJobs(DirectoryAdministration directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Imports the file, then deletes it.
	 * @param name the file's name as uploaded, for messages
	 */
	Job start(Path file, String name) {
		Job job = new Job(UUID.randomUUID(), name, this.clock.instant());
		this.jobs.put(job.id(), job);
		forgetOldJobs();
		this.worker.execute(() -> run(job, file));
		return job;
	}

	Optional<Job> find(UUID id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

	List<Job> recent() {
		return this.jobs.values().stream().sorted(Comparator.comparing(Job::startedAt).reversed()).toList();
	}

	private void run(Job job, Path file) {
		try {
			job.report = this.directory.importFile(file, job.name(), job);
		}
		catch (MalformedFile ex) {
			job.failure = ex;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			log.error("Directory import of {} failed", job.name(), ex);
			job.failure = Refusal.of("directory.import.failed", String.valueOf(ex.getMessage()));
		}
		finally {
			job.finishedAt = this.clock.instant();
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete the uploaded directory file {}", file, ex);
			}
		}
	}

	private void forgetOldJobs() {
		recent().stream().filter(Job::finished).skip(KEPT).forEach(job -> this.jobs.remove(job.id()));
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	/** One import and how far along it is; its fields are written by the worker only. */
	public static final class Job implements ImportListener {

		private final UUID id;

		private final String name;

		private final Instant startedAt;

		private volatile String reading;

		private volatile long rows;

		private volatile int percent;

		private volatile boolean applying;

		private volatile DirectoryImportReport report;

		private volatile Translatable failure;

		private volatile Instant finishedAt;

		Job(UUID id, String name, Instant startedAt) {
			this.id = id;
			this.name = name;
			this.startedAt = startedAt;
		}

		@Override
		public void reading(String file, long rows, long bytesRead, long bytesTotal) {
			this.reading = file;
			this.rows = rows;
			this.percent = (bytesTotal > 0) ? (int) Math.min(100, bytesRead * 100 / bytesTotal) : 0;
		}

		@Override
		public void applying(String file, long rows) {
			this.applying = true;
			this.rows = rows;
		}

		public UUID id() {
			return this.id;
		}

		public String name() {
			return this.name;
		}

		public Instant startedAt() {
			return this.startedAt;
		}

		public String reading() {
			return this.reading;
		}

		public long rows() {
			return this.rows;
		}

		public int percent() {
			return this.percent;
		}

		public boolean applying() {
			return this.applying;
		}

		public boolean finished() {
			return this.finishedAt != null;
		}

		public DirectoryImportReport report() {
			return this.report;
		}

		public Translatable failure() {
			return this.failure;
		}

	}

}
