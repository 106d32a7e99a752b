package org.chorale.sirene;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;

/**
 * How one file's checked rows reach the register, inside the import's transaction. The
 * rows are copied into a table of their own, keyed in one sorted pass (a repeated key
 * keeps the file's last line). An empty register is then replaced by that table; a
 * register that holds data receives only the rows that are new or changed. Either way
 * lookups see the old content until the import commits.
 */
final class RegisterWrite {

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
				? "CREATE TABLE " + write.rows() + " (LIKE " + kind.table()
						+ " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"
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
	 * @return how many rows were inserted and how many updated
	 */
	long[] apply() throws SQLException {
		keyRows();
		return this.firstLoad ? replaceRegister() : mergeChanges();
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
	 */
	private void keyRows() throws SQLException {
		String key = "ALTER TABLE " + rows() + " ADD CONSTRAINT " + rows() + "_pkey PRIMARY KEY (" + this.kind.key()
				+ ")";
		execute("SAVEPOINT unique_key");
		try {
			execute(key);
		}
		catch (SQLException repeatedKey) {
			execute("ROLLBACK TO SAVEPOINT unique_key", "DELETE FROM " + rows() + " a USING " + rows() + " b WHERE a."
					+ this.kind.key() + " = b." + this.kind.key() + " AND a.ctid < b.ctid", key);
		}
	}

	/**
	 * Puts the loaded table in the register's place, with the register's other indexes (a
	 * later migration may add some) built once the rows are in.
	 */
	private long[] replaceRegister() throws SQLException {
		String table = this.kind.table();
		List<String> indexes = new ArrayList<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet definitions = statement.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = "
						+ "current_schema() AND tablename = '" + table + "' AND indexname <> '" + table + "_pkey'")) {
			while (definitions.next()) {
				indexes.add(definitions.getString(1));
			}
		}
		execute("DROP TABLE " + table, "ALTER TABLE " + rows() + " RENAME TO " + table,
				"ALTER INDEX " + rows() + "_pkey RENAME TO " + table + "_pkey");
		execute(indexes.toArray(String[]::new));
		return new long[] { query(this.connection, "SELECT count(*) FROM " + table), 0 };
	}

	/**
	 * Compares every row with the register in one join, then writes only the new and
	 * changed ones.
	 */
	private long[] mergeChanges() throws SQLException {
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
			long[] result = { counts.getLong(1), counts.getLong(2) };
			statement.execute("DROP TABLE " + rows());
			return result;
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

}
