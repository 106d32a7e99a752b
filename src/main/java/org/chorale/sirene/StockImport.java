package org.chorale.sirene;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.chorale.shared.csv.CopyRows;
import org.chorale.shared.csv.CountingInputStream;
import org.chorale.shared.csv.CsvReader;
import org.chorale.shared.csv.ImportListener;
import org.chorale.shared.csv.MalformedFile;
import org.chorale.shared.csv.OneTransaction;

import org.springframework.stereotype.Component;

/**
 * Imports INSEE stock files (CSV, or the zip INSEE publishes) into the register in one
 * transaction: each file is read once, checked line by line and streamed with COPY into a
 * table of its own, then written into the register ({@link RegisterWrite}). Memory stays
 * constant whatever the size; nothing is visible to lookups until everything is in, and a
 * refused file leaves the register as it was.
 */
@Component
class StockImport {

	private static final int PROGRESS_EVERY = 1 << 16;

	/** Serialises imports: two at once would wait on each other's rows. */
	private static final long LOCK = 0x5151_5245_4e45L;

	private final DataSource dataSource;

	StockImport(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	ImportReport importFiles(List<Path> files, ImportListener listener) throws IOException, SQLException {
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new MalformedFile(file.getFileName().toString(), 0, "file.notFound");
			}
		}
		return OneTransaction.run(this.dataSource, connection -> importAll(connection, files, listener));
	}

	private ImportReport importAll(Connection connection, List<Path> files, ImportListener listener)
			throws IOException, SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
			statement.execute("SET LOCAL work_mem = '256MB'");
			statement.execute("SET LOCAL maintenance_work_mem = '512MB'");
		}
		Pending pending = new Pending();
		List<ImportReport.FileReport> reports = new ArrayList<>();
		for (Path file : files) {
			reports.addAll(importFile(connection, file, listener, pending));
		}
		pending.finishAll();
		return new ImportReport(reports);
	}

	private List<ImportReport.FileReport> importFile(Connection connection, Path file, ImportListener listener,
			Pending pending) throws IOException, SQLException {
		String name = file.getFileName().toString();
		try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file))) {
			Progress progress = new Progress(listener, counted, Files.size(file));
			if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
				return List.of(importCsv(connection, name, counted, progress, pending));
			}
			List<ImportReport.FileReport> reports = new ArrayList<>();
			ZipInputStream zip = new ZipInputStream(new BufferedInputStream(counted, 1 << 16));
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
					reports.add(importCsv(connection, name + "!" + entry.getName(), zip, progress, pending));
				}
			}
			if (reports.isEmpty()) {
				throw new MalformedFile(name, 0, "file.noCsvInZip");
			}
			return reports;
		}
	}

	private ImportReport.FileReport importCsv(Connection connection, String name, InputStream in, Progress progress,
			Pending pending) throws IOException, SQLException {
		long started = System.nanoTime();
		CsvReader csv = new CsvReader(in, name);
		StockLayout layout = StockLayout.of(name, csv.header());
		csv.keep(layout.wanted());
		pending.finish(layout.kind());
		RegisterWrite write = RegisterWrite.open(connection, layout.kind());
		long rows = copy(csv, layout, write.copy(), name, progress);
		progress.listener().applying(name, rows);
		long read = System.nanoTime();
		RegisterWrite.Written written = write.apply(rows);
		pending.add(write);
		return new ImportReport.FileReport(name, layout.kind(), rows, written.inserted(), written.updated(),
				Duration.ofNanos(read - started), Duration.ofNanos(System.nanoTime() - read));
	}

	/**
	 * @return the rows copied
	 */
	private static long copy(CsvReader csv, StockLayout layout, CopyRows copy, String name, Progress progress)
			throws IOException, SQLException {
		try {
			long rows = 0;
			while (csv.next()) {
				copy.row(layout.values(csv));
				if (++rows % PROGRESS_EVERY == 0) {
					progress.reading(name, rows);
				}
			}
			progress.listener().reading(name, rows, progress.size(), progress.size());
			return copy.finish();
		}
		catch (Throwable ex) {
			copy.cancel();
			throw ex;
		}
	}

	/**
	 * The writes whose last step waits for the end of the import. A second file of a kind
	 * already loaded in this import is applied to the register that the first one made.
	 */
	private static final class Pending {

		private final Map<StockKind, RegisterWrite> writes = new EnumMap<>(StockKind.class);

		void add(RegisterWrite write) {
			this.writes.put(write.kind(), write);
		}

		void finish(StockKind kind) throws SQLException {
			RegisterWrite write = this.writes.remove(kind);
			if (write != null) {
				write.finish();
			}
		}

		void finishAll() throws SQLException {
			for (StockKind kind : StockKind.values()) {
				finish(kind);
			}
		}

	}

	/**
	 * The share of a file read so far, from the bytes read on disk (compressed bytes for
	 * a zip).
	 */
	private record Progress(ImportListener listener, CountingInputStream counted, long size) {

		void reading(String name, long rows) {
			this.listener.reading(name, rows, this.counted.count(), this.size);
		}

	}

}
