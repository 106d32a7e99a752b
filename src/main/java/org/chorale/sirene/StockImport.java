package org.chorale.sirene;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

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
		List<ImportReport.FileReport> reports = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
				statement.execute("SET LOCAL work_mem = '256MB'");
				statement.execute("SET LOCAL maintenance_work_mem = '512MB'");
				for (Path file : files) {
					reports.addAll(importFile(connection, file, listener));
				}
				connection.commit();
			}
			catch (IOException | SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
			analyze(connection, reports);
		}
		return new ImportReport(reports);
	}

	private List<ImportReport.FileReport> importFile(Connection connection, Path file, ImportListener listener)
			throws IOException, SQLException {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new MalformedStockFile(name, 0, "sirene.import.notFound");
		}
		long size = Files.size(file);
		try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file))) {
			if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
				return List.of(importCsv(connection, name, counted, size, listener));
			}
			List<ImportReport.FileReport> reports = new ArrayList<>();
			ZipInputStream zip = new ZipInputStream(new BufferedInputStream(counted, 1 << 16));
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
					String entryName = name + "!" + entry.getName();
					reports.add(importCsv(connection, entryName, new CountedEntry(zip, counted), size, listener));
				}
			}
			if (reports.isEmpty()) {
				throw new MalformedStockFile(name, 0, "sirene.import.noCsvInZip");
			}
			return reports;
		}
	}

	private ImportReport.FileReport importCsv(Connection connection, String name, InputStream in, long size,
			ImportListener listener) throws IOException, SQLException {
		long started = System.nanoTime();
		CsvReader csv = new CsvReader(in, name);
		StockLayout layout = StockLayout.of(name, csv.header());
		csv.keep(layout.wanted());
		RegisterWrite write = RegisterWrite.open(connection, layout.kind());
		CopyRows copy = write.copy();
		long rows = 0;
		try {
			while (csv.next()) {
				copy.row(layout.values(csv));
				if (++rows % PROGRESS_EVERY == 0) {
					listener.reading(name, rows, countedBytes(in), size);
				}
			}
			copy.finish();
		}
		catch (IOException | SQLException | RuntimeException ex) {
			copy.cancel();
			throw ex;
		}
		listener.reading(name, rows, size, size);
		listener.applying(name, rows);
		long read = System.nanoTime();
		long[] counts = write.apply();
		ImportReport.FileReport report = new ImportReport.FileReport(name, layout.kind(), rows, counts[0], counts[1],
				Duration.ofNanos(read - started), Duration.ofNanos(System.nanoTime() - read));
		listener.applied(report);
		return report;
	}

	/** Fresh statistics after a large change, so lookups keep their index plan. */
	private static void analyze(Connection connection, List<ImportReport.FileReport> reports) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (StockKind kind : reports.stream().map(ImportReport.FileReport::kind).distinct().toList()) {
				statement.execute("ANALYZE " + kind.table());
			}
		}
	}

	private static long countedBytes(InputStream in) {
		return (in instanceof CountedEntry entry) ? entry.counter.count : ((CountingInputStream) in).count;
	}

	/**
	 * Counts the bytes read from the file on disk, to tell how far along an import is.
	 */
	static final class CountingInputStream extends FilterInputStream {

		long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			this.count += (b >= 0) ? 1 : 0;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			this.count += Math.max(read, 0);
			return read;
		}

	}

	/**
	 * A zip entry, read through the zip, whose progress is the compressed bytes read from
	 * disk.
	 */
	private static final class CountedEntry extends FilterInputStream {

		private final CountingInputStream counter;

		CountedEntry(ZipInputStream zip, CountingInputStream counter) {
			super(zip);
			this.counter = counter;
		}

		@Override
		public void close() {
			// the zip stays open for its next entry
		}

	}

}
