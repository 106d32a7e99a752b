package org.chorale.directory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.chorale.directory.DirectoryImportReport.Counts;
import org.chorale.shared.Refusal;
import org.chorale.shared.StructureIdentifier;
import org.chorale.shared.csv.CopyRows;
import org.chorale.shared.csv.CountingInputStream;
import org.chorale.shared.csv.CsvReader;
import org.chorale.shared.csv.ImportListener;
import org.chorale.shared.csv.MalformedFile;
import org.chorale.shared.csv.OneTransaction;

import org.springframework.stereotype.Component;

/**
 * Imports a directory file ({@link DirectoryFile}) in one transaction. Rows are checked
 * as they are read and streamed with COPY into temporary tables; rows with a bad value,
 * repeated rows and services of unknown structures are left out and reported with their
 * line; then the structures are upserted, and, when the file has services, the services
 * of those structures become exactly the file's. A file that cannot be read as a whole
 * (encoding, quotes, header, field count) stops the import and changes nothing. Importing
 * the same file twice changes nothing the second time; structures absent from the file
 * are left as they are.
 */
@Component
class DirectoryImport {

	private static final int PROGRESS_EVERY = 1 << 14;

	/** Serialises imports: two at once would wait on each other's rows. */
	private static final long LOCK = 0x414e_4e55_4149_5245L;

	private static final String STAGING = """
			CREATE TEMP TABLE recipient_in (
			    line bigint, identifier_type varchar(20), identifier varchar(80), name varchar(200),
			    edi_sender boolean, edi_receiver boolean, payment_status_reported boolean,
			    commitment_required boolean, service_required boolean, service_or_commitment boolean,
			    moa boolean, moa_only boolean, active boolean, address_line varchar(200),
			    address_complement_1 varchar(200), address_complement_2 varchar(200), postal_code varchar(20),
			    city varchar(100), phone varchar(30), email varchar(254), country varchar(2),
			    country_name varchar(100), search_text text) ON COMMIT DROP;
			CREATE TEMP TABLE service_in (
			    line bigint, identifier_type varchar(20), identifier varchar(80), code varchar(100),
			    name varchar(200), active boolean, start_date date, end_date date,
			    commitment_required boolean, payment_status_reported boolean, recipient bigint) ON COMMIT DROP;
			CREATE TEMP TABLE skipped_in (file text, line bigint, code text, argument text) ON COMMIT DROP;
			""";

	private static final String RECIPIENT_VALUES = "name, edi_sender, edi_receiver, payment_status_reported,"
			+ " commitment_required, service_required, service_or_commitment, moa, moa_only, active, address_line,"
			+ " address_complement_1, address_complement_2, postal_code, city, phone, email, country, country_name,"
			+ " search_text";

	private static final String SERVICE_VALUES = "name, active, start_date, end_date, commitment_required,"
			+ " payment_status_reported";

	private final DataSource dataSource;

	DirectoryImport(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * @param name the file's name in messages and reports, the one its user knows
	 */
	DirectoryImportReport importFile(Path file, String name, ImportListener listener) throws IOException, SQLException {
		if (!Files.isRegularFile(file)) {
			throw new MalformedFile(name, 0, "file.notFound");
		}
		long started = System.nanoTime();
		return OneTransaction.run(this.dataSource, connection -> run(connection, file, name, listener, started));
	}

	private DirectoryImportReport run(Connection connection, Path file, String name, ImportListener listener,
			long started) throws IOException, SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
			statement.execute("SET LOCAL work_mem = '256MB'");
			statement.execute(STAGING);
		}
		Reading reading;
		try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file))) {
			reading = new Reading(connection, listener, counted, Files.size(file));
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
				ZipInputStream zip = new ZipInputStream(new BufferedInputStream(counted, 1 << 16));
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
						reading.csv(name + "!" + entry.getName(), zip);
					}
				}
			}
			else {
				reading.csv(name, new BufferedInputStream(counted, 1 << 16));
			}
		}
		if (!reading.kinds.contains(DirectoryFile.Kind.STRUCTURES)
				&& !reading.kinds.contains(DirectoryFile.Kind.SERVICES)) {
			throw new MalformedFile(name, 0, "directory.import.noCsv");
		}
		listener.applying(name, reading.rows);
		return apply(connection, reading, started);
	}

	private DirectoryImportReport apply(Connection connection, Reading reading, long started) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			sql.execute("CREATE INDEX ON recipient_in (identifier_type, identifier, line);"
					+ " CREATE INDEX ON service_in (identifier_type, identifier, code, line);"
					+ " ANALYZE recipient_in; ANALYZE service_in");
			// repeated rows: the first line counts
			sql.execute("WITH repeated AS (DELETE FROM recipient_in a USING recipient_in b"
					+ " WHERE a.identifier_type = b.identifier_type AND a.identifier = b.identifier AND a.line > b.line"
					+ " RETURNING a.line, b.line AS first)"
					+ " INSERT INTO skipped_in SELECT 'structures', line, 'directory.import.repeated', min(first)"
					+ " FROM repeated GROUP BY line");
			sql.execute("WITH repeated AS (DELETE FROM service_in a USING service_in b"
					+ " WHERE a.identifier_type = b.identifier_type AND a.identifier = b.identifier"
					+ " AND a.code = b.code AND a.line > b.line RETURNING a.line, b.line AS first)"
					+ " INSERT INTO skipped_in SELECT 'services', line, 'directory.import.repeated', min(first)"
					+ " FROM repeated GROUP BY line");
			Counts structures = upsertRecipients(sql);
			// services of structures neither in the file nor in the directory
			sql.execute("UPDATE service_in v SET recipient = r.id FROM recipient r"
					+ " WHERE r.identifier_type = v.identifier_type AND r.identifier = v.identifier");
			sql.execute("WITH orphans AS (DELETE FROM service_in WHERE recipient IS NULL RETURNING line, identifier)"
					+ " INSERT INTO skipped_in SELECT 'services', line, 'directory.import.unknownStructure', identifier"
					+ " FROM orphans");
			Counts services = upsertServices(sql);
			long removed = reading.kinds.contains(DirectoryFile.Kind.SERVICES) ? removeServices(sql) : 0;
			List<DirectoryImportReport.SkippedRow> skipped = new ArrayList<>(reading.skipped);
			long skippedCount = reading.skippedCount + skippedInSql(sql, reading, skipped);
			skipped.sort(Comparator.comparing(DirectoryImportReport.SkippedRow::file)
				.thenComparingLong(DirectoryImportReport.SkippedRow::line));
			return new DirectoryImportReport(reading.rows, structures, services, removed,
					List.copyOf(skipped.subList(0, Math.min(skipped.size(), DirectoryImportReport.SKIPPED_LISTED))),
					skippedCount, Duration.ofNanos(System.nanoTime() - started));
		}
	}

	private static Counts upsertRecipients(Statement sql) throws SQLException {
		String excluded = excluded(RECIPIENT_VALUES);
		return counts(sql,
				"INSERT INTO recipient (identifier_type, identifier, " + RECIPIENT_VALUES + ")"
						+ " SELECT identifier_type, identifier, " + RECIPIENT_VALUES + " FROM recipient_in"
						+ " ON CONFLICT (identifier_type, identifier) DO UPDATE SET (" + RECIPIENT_VALUES + ") = ("
						+ excluded + "), version = recipient.version + 1" + " WHERE ("
						+ qualified("recipient", RECIPIENT_VALUES) + ") IS DISTINCT FROM (" + excluded + ")",
				"recipient_in");
	}

	private static Counts upsertServices(Statement sql) throws SQLException {
		String excluded = excluded(SERVICE_VALUES);
		return counts(sql,
				"INSERT INTO recipient_service (recipient, code, " + SERVICE_VALUES + ")" + " SELECT recipient, code, "
						+ SERVICE_VALUES + " FROM service_in" + " ON CONFLICT (recipient, code) DO UPDATE SET ("
						+ SERVICE_VALUES + ") = (" + excluded + "), version = recipient_service.version + 1"
						+ " WHERE (" + qualified("recipient_service", SERVICE_VALUES) + ") IS DISTINCT FROM ("
						+ excluded + ")",
				"service_in");
	}

	/** Runs an upsert and counts rows inserted (xmax = 0) and updated. */
	private static Counts counts(Statement sql, String upsert, String staging) throws SQLException {
		long inserted = 0;
		long updated = 0;
		try (ResultSet changed = sql.executeQuery("WITH changed AS (" + upsert + " RETURNING (xmax = 0) AS inserted)"
				+ " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM changed")) {
			changed.next();
			inserted = changed.getLong(1);
			updated = changed.getLong(2);
		}
		try (ResultSet count = sql.executeQuery("SELECT count(*) FROM " + staging)) {
			count.next();
			return new Counts(count.getLong(1), inserted, updated);
		}
	}

	/**
	 * Services of the file's structures that the file does not list any more; their
	 * structures' other services stay.
	 */
	private static long removeServices(Statement sql) throws SQLException {
		return sql.executeUpdate("DELETE FROM recipient_service s USING recipient r, recipient_in i"
				+ " WHERE s.recipient = r.id AND r.identifier_type = i.identifier_type AND r.identifier = i.identifier"
				+ " AND NOT EXISTS (SELECT 1 FROM service_in v WHERE v.recipient = s.recipient AND v.code = s.code)");
	}

	private static long skippedInSql(Statement sql, Reading reading, List<DirectoryImportReport.SkippedRow> skipped)
			throws SQLException {
		long count = 0;
		try (ResultSet rows = sql
			.executeQuery("SELECT file, line, code, argument FROM skipped_in ORDER BY file, line")) {
			while (rows.next()) {
				count++;
				if (skipped.size() < DirectoryImportReport.SKIPPED_LISTED) {
					String file = reading.files
						.get(DirectoryFile.Kind.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)));
					skipped.add(new DirectoryImportReport.SkippedRow(file, rows.getLong(2),
							Refusal.of(rows.getString(3), rows.getString(4))));
				}
			}
		}
		return count;
	}

	private static String excluded(String columns) {
		return qualified("EXCLUDED", columns);
	}

	private static String qualified(String table, String columns) {
		return String.join(", ", Arrays.stream(columns.split(",")).map(c -> table + "." + c.strip()).toList());
	}

	/** The reading of the file's CSV files into the staging tables. */
	private static final class Reading {

		private final Connection connection;

		private final ImportListener listener;

		private final Set<DirectoryFile.Kind> kinds = EnumSet.noneOf(DirectoryFile.Kind.class);

		private final Map<DirectoryFile.Kind, String> files = new EnumMap<>(DirectoryFile.Kind.class);

		private final List<DirectoryImportReport.SkippedRow> skipped = new ArrayList<>();

		private long skippedCount;

		private long rows;

		/** The file as read from disk, to tell how far along the reading is. */
		private final CountingInputStream counted;

		private final long size;

		Reading(Connection connection, ImportListener listener, CountingInputStream counted, long size) {
			this.connection = connection;
			this.listener = listener;
			this.counted = counted;
			this.size = size;
		}

		void csv(String file, InputStream in) throws IOException, SQLException {
			CsvReader csv = new CsvReader(in, file, DirectoryFile.SEPARATOR);
			DirectoryFile.Layout layout = new DirectoryFile.Layout(file, csv.header());
			if (!this.kinds.add(layout.kind())) {
				throw new MalformedFile(file, 0, "directory.import.twice", this.files.get(layout.kind()));
			}
			this.files.put(layout.kind(), file);
			csv.keep(layout.wanted());
			String table = (layout.kind() == DirectoryFile.Kind.STRUCTURES) ? "recipient_in" : "service_in";
			String columns = (layout.kind() == DirectoryFile.Kind.STRUCTURES)
					? "line, identifier_type, identifier, " + RECIPIENT_VALUES
					: "line, identifier_type, identifier, code, " + SERVICE_VALUES;
			CopyRows copy = new CopyRows(this.connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
			try {
				long read = 0;
				while (csv.next()) {
					DirectoryFile.Row row = layout.row(csv);
					try {
						copy.row((layout.kind() == DirectoryFile.Kind.STRUCTURES) ? structure(csv.line(), row)
								: service(csv.line(), row));
					}
					catch (Refusal ex) {
						skip(file, csv.line(), ex);
					}
					if (++read % PROGRESS_EVERY == 0) {
						this.listener.reading(file, read, this.counted.count(), this.size);
					}
				}
				this.rows += read;
				this.listener.reading(file, read, this.size, this.size);
				copy.finish();
			}
			catch (Throwable ex) {
				copy.cancel();
				throw ex;
			}
		}

		private void skip(String file, long line, Refusal reason) {
			this.skippedCount++;
			if (this.skipped.size() < DirectoryImportReport.SKIPPED_LISTED) {
				this.skipped.add(new DirectoryImportReport.SkippedRow(file, line, reason));
			}
		}

		private static String[] structure(long line, DirectoryFile.Row row) {
			StructureIdentifier identifier = row.identifier();
			String name = row.required("RaisonSociale", 200);
			String postalCode = row.optional("CodePostal", 20);
			String city = row.optional("Ville", 100);
			return new String[] { String.valueOf(line), identifier.type().name(), identifier.value(), name,
					row.bool("EmetteurEdi"), row.bool("RecepteurEdi"), row.bool("GestionStatutMiseEnPaiement"),
					row.bool("GestionEngagement"), row.bool("GestionService"), row.bool("GestionServiceEngagement"),
					row.bool("EstMOA"), row.bool("EstMOAUniquement"), row.bool("StructureActive"),
					row.optional("Adresse", 200), row.optional("ComplementAdresse1", 200),
					row.optional("ComplementAdresse2", 200), postalCode, city, row.optional("NumTelephone", 30),
					row.optional("Courriel", 254), row.country("CodePays"), row.optional("LibellePays", 100),
					SearchText.of(name, postalCode, city, identifier.value()) };
		}

		private static String[] service(long line, DirectoryFile.Row row) {
			StructureIdentifier identifier = row.identifier();
			String code = ServiceCode.parse(row.text("CodeService"))
				.orElseThrow(() -> new Refusal("CodeService", "directory.import.serviceCode", ServiceCode.MAX));
			String start = row.date("DateDebutService");
			String end = row.date("DateFinService");
			if (start != null && end != null && end.compareTo(start) < 0) {
				throw new Refusal("DateFinService", "service.dates.order");
			}
			return new String[] { String.valueOf(line), identifier.type().name(), identifier.value(), code,
					row.required("LibelleService", 200), row.bool("ServiceActif"), start, end,
					row.bool("GestionEngagement"), row.bool("GestionStatutMiseEnPaiement") };
		}

	}

}
