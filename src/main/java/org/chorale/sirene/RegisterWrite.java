package org.chorale.sirene;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;

import org.chorale.shared.csv.CopyRows;

/**
 * How one file's checked rows reach the register, inside the import's transaction. The
 * rows are copied into a table of their own, keyed in one sorted pass (a repeated key
 * keeps the file's last line). A register that holds data receives only the rows that are
 * new or changed. An empty register is replaced by the loaded table at {@link #finish()},
 * just before the commit, so that lookups wait only for the swap. A replaced table keeps
 * its columns, constraints, defaults and indexes; grants, triggers and foreign keys are
 * not carried over (the register has none).
 */
final class RegisterWrite {

	private static final Pattern INDEX = Pattern
		.compile("(CREATE (?:UNIQUE )?INDEX )(\\S+)( ON (?:ONLY )?)(\\S+)( .*)");

	private final Connection connection;

	private final StockKind kind;

	private final boolean firstLoad;

	private RegisterWrite(Connection connection, StockKind kind, boolean firstLoad) {
		this.connection = connection;
		this.kind = kind;
		this.firstLoad = firstLoad;
	}

	static RegisterWrite open(Connection connection, StockKind kind) throws SQLException {
		RegisterWrite write = new RegisterWrite(connection, kind,
				query(connection, "SELECT count(*) FROM (SELECT 1 FROM " + kind.table() + " LIMIT 1) r") == 0);
		String create = write.firstLoad
				? "CREATE TABLE " + write.rows() + " (LIKE " + kind.table() + " INCLUDING ALL EXCLUDING INDEXES)"
				: "CREATE TEMP TABLE " + write.rows() + " (LIKE " + kind.table() + ") ON COMMIT DROP";
		write.execute("DROP TABLE IF EXISTS " + write.rows(), create);
		return write;
	}

	/** Starts the COPY that receives the rows, in {@link StockKind#stored()} order. */
	CopyRows copy() throws SQLException {
		return new CopyRows(this.connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY " + rows() + " (" + this.kind.columnList() + ") FROM STDIN"));
	}

	/**
	 * Keys the copied rows and, for an update, writes the changes into the register.
	 * @param copied the rows the COPY received
	 */
	Written apply(long copied) throws SQLException {
		long repeated = keyRows();
		if (this.firstLoad) {
			buildOtherIndexes();
			execute("ANALYZE " + rows());
			return new Written(copied - repeated, 0);
		}
		return mergeChanges();
	}

	/** Puts a first load in the register's place; the last step before the commit. */
	void finish() throws SQLException {
		if (!this.firstLoad) {
			execute("ANALYZE " + this.kind.table());
			return;
		}
		String table = this.kind.table();
		List<String> renames = new ArrayList<>();
		for (String index : otherIndexes()) {
			renames.add("ALTER INDEX " + index + "_load RENAME TO " + index);
		}
		execute("DROP TABLE " + table, "ALTER TABLE " + rows() + " RENAME TO " + table,
				"ALTER INDEX " + rows() + "_pkey RENAME TO " + table + "_pkey");
		execute(renames.toArray(String[]::new));
	}

	StockKind kind() {
		return this.kind;
	}

	/**
	 * The table the rows are copied into: a new register, or a temporary table of the
	 * import.
	 */
	private String rows() {
		return this.kind.table() + (this.firstLoad ? "_load" : "_import");
	}

	/**
	 * Adds the primary key in one sorted pass. When the file repeats a key, the earlier
	 * lines go first: a single COPY appends in file order, so the higher ctid is the
	 * later line.
	 * @return how many repeated lines were dropped
	 */
	private long keyRows() throws SQLException {
		String key = "ALTER TABLE " + rows() + " ADD CONSTRAINT " + rows() + "_pkey PRIMARY KEY (" + this.kind.key()
				+ ")";
		execute("SAVEPOINT unique_key");
		try {
			execute(key);
			return 0;
		}
		catch (SQLException ex) {
			if (!"23505".equals(ex.getSQLState())) {
				throw ex;
			}
		}
		execute("ROLLBACK TO SAVEPOINT unique_key");
		try (Statement statement = this.connection.createStatement()) {
			long repeated = statement.executeUpdate("DELETE FROM " + rows() + " a USING " + rows() + " b WHERE a."
					+ this.kind.key() + " = b." + this.kind.key() + " AND a.ctid < b.ctid");
			statement.execute(key);
			return repeated;
		}
	}

	/**
	 * The register's indexes besides its key (a later migration may add some), built on
	 * the loaded rows.
	 */
	private void buildOtherIndexes() throws SQLException {
		List<String> definitions = new ArrayList<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet indexes = statement.executeQuery(otherIndexesQuery("indexdef"))) {
			while (indexes.next()) {
				Matcher index = INDEX.matcher(indexes.getString(1));
				if (!index.matches()) {
					throw new SQLException("Unexpected index definition: " + indexes.getString(1));
				}
				definitions.add(index.group(1) + index.group(2) + "_load" + index.group(3) + rows() + index.group(5));
			}
		}
		execute(definitions.toArray(String[]::new));
	}

	private List<String> otherIndexes() throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet indexes = statement.executeQuery(otherIndexesQuery("indexname"))) {
			while (indexes.next()) {
				names.add(indexes.getString(1));
			}
		}
		return names;
	}

	private String otherIndexesQuery(String column) {
		return "SELECT " + column + " FROM pg_indexes WHERE schemaname = current_schema() AND tablename = '"
				+ this.kind.table() + "' AND indexname <> '" + this.kind.table() + "_pkey'";
	}

	/**
	 * Compares every row with the register in one join, then writes only the new and
	 * changed ones.
	 */
	private Written mergeChanges() throws SQLException {
		String table = this.kind.table();
		String key = this.kind.key();
		List<String> names = this.kind.stored().stream().map(StockColumn::column).toList();
		String updates = names.stream()
			.filter(n -> !n.equals(key))
			.map(n -> n + " = EXCLUDED." + n)
			.collect(Collectors.joining(", "));
		String sql = "WITH changed AS (SELECT i.* FROM " + rows() + " i LEFT JOIN " + table + " r ON r." + key + " = i."
				+ key + " WHERE r." + key + " IS NULL OR (" + prefixed("r", names) + ") IS DISTINCT FROM ("
				+ prefixed("i", names) + ")), upserted AS (INSERT INTO " + table + " (" + this.kind.columnList()
				+ ") SELECT " + this.kind.columnList() + " FROM changed ON CONFLICT (" + key + ") DO UPDATE SET "
				+ updates + " RETURNING (xmax = 0) AS inserted)"
				+ " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted";
		try (Statement statement = this.connection.createStatement(); ResultSet counts = statement.executeQuery(sql)) {
			counts.next();
			Written written = new Written(counts.getLong(1), counts.getLong(2));
			statement.execute("DROP TABLE " + rows());
			return written;
		}
	}

	private static String prefixed(String alias, List<String> names) {
		return names.stream().map(n -> alias + "." + n).collect(Collectors.joining(", "));
	}

	private void execute(String... statements) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static long query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/** Rows new to the register, and rows whose values changed. */
	record Written(long inserted, long updated) {
	}

}
