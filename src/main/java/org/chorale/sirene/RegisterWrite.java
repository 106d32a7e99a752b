package org.chorale.sirene;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * How one file's checked rows reach the register, inside the import's transaction. An
 * empty register is loaded into a fresh table that replaces it at the end
 * ({@link FirstLoad}); a register that holds data is updated row by row ({@link Upsert}).
 * Either way lookups see the old content until the import commits.
 */
abstract sealed class RegisterWrite permits RegisterWrite.FirstLoad, RegisterWrite.Upsert {

	final Connection connection;

	final StockKind kind;

	private RegisterWrite(Connection connection, StockKind kind) {
		this.connection = connection;
		this.kind = kind;
	}

	static RegisterWrite open(Connection connection, StockKind kind) throws SQLException {
		boolean empty;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + kind.table() + ")")) {
			result.next();
			empty = result.getBoolean(1);
		}
		RegisterWrite write = empty ? new FirstLoad(connection, kind) : new Upsert(connection, kind);
		write.execute(write.prepare());
		return write;
	}

	/**
	 * Starts the COPY that receives the rows; numbered rows start with their line in the
	 * file.
	 */
	CopyRows copy() throws SQLException {
		CopyIn copy = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql());
		return new CopyRows(copy, numbered());
	}

	/**
	 * @return how many rows were inserted and how many updated
	 */
	abstract long[] apply() throws SQLException;

	abstract String[] prepare();

	abstract String copySql();

	abstract boolean numbered();

	void execute(String... statements) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * The first load: COPY into a new table without index, build the primary key in one
	 * sorted pass, then put the table in the register's place. Several times faster than
	 * inserting into an indexed table. A file that repeats a key keeps its last line, as
	 * an update would.
	 */
	static final class FirstLoad extends RegisterWrite {

		FirstLoad(Connection connection, StockKind kind) {
			super(connection, kind);
		}

		private String load() {
			return this.kind.table() + "_load";
		}

		@Override
		String[] prepare() {
			return new String[] { "DROP TABLE IF EXISTS " + load(), "CREATE TABLE " + load() + " (LIKE "
					+ this.kind.table() + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" };
		}

		@Override
		String copySql() {
			return "COPY " + load() + " (" + this.kind.columnList() + ") FROM STDIN";
		}

		@Override
		boolean numbered() {
			return false;
		}

		@Override
		long[] apply() throws SQLException {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("SAVEPOINT unique_key");
				try {
					statement.execute(addPrimaryKey());
				}
				catch (SQLException duplicated) {
					statement.execute("ROLLBACK TO SAVEPOINT unique_key");
					// a single COPY appends in file order, so the higher ctid is the
					// later line
					statement.executeUpdate("DELETE FROM " + load() + " a USING " + load() + " b WHERE a."
							+ this.kind.key() + " = b." + this.kind.key() + " AND a.ctid < b.ctid");
					statement.execute(addPrimaryKey());
				}
				statement.execute("DROP TABLE " + this.kind.table());
				statement.execute("ALTER TABLE " + load() + " RENAME TO " + this.kind.table());
				statement.execute("ALTER INDEX " + load() + "_pkey RENAME TO " + this.kind.table() + "_pkey");
				try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + this.kind.table())) {
					count.next();
					return new long[] { count.getLong(1), 0 };
				}
			}
		}

		private String addPrimaryKey() {
			return "ALTER TABLE " + load() + " ADD CONSTRAINT " + load() + "_pkey PRIMARY KEY (" + this.kind.key()
					+ ")";
		}

	}

	/**
	 * An update: COPY into a temporary table, then one upsert in which the last line wins
	 * when a file repeats a key, rows that did not change are left alone, and the counts
	 * of inserted and updated rows come back.
	 */
	static final class Upsert extends RegisterWrite {

		Upsert(Connection connection, StockKind kind) {
			super(connection, kind);
		}

		private String staging() {
			return this.kind.table() + "_import";
		}

		@Override
		String[] prepare() {
			return new String[] { "DROP TABLE IF EXISTS " + staging(), "CREATE TEMP TABLE " + staging()
					+ " (line bigint NOT NULL, LIKE " + this.kind.table() + ") ON COMMIT DROP" };
		}

		@Override
		String copySql() {
			return "COPY " + staging() + " (line, " + this.kind.columnList() + ") FROM STDIN";
		}

		@Override
		boolean numbered() {
			return true;
		}

		@Override
		long[] apply() throws SQLException {
			try (Statement statement = this.connection.createStatement();
					ResultSet counts = statement.executeQuery(upsert())) {
				counts.next();
				long[] result = { counts.getLong(1), counts.getLong(2) };
				statement.execute("DROP TABLE " + staging());
				return result;
			}
		}

		private String upsert() {
			String table = this.kind.table();
			String key = this.kind.key();
			List<String> names = this.kind.stored().stream().map(StockColumn::column).toList();
			String updates = names.stream()
				.filter(n -> !n.equals(key))
				.map(n -> n + " = EXCLUDED." + n)
				.collect(Collectors.joining(", "));
			String current = names.stream().map(n -> table + "." + n).collect(Collectors.joining(", "));
			String incoming = names.stream().map(n -> "EXCLUDED." + n).collect(Collectors.joining(", "));
			return "WITH upserted AS (INSERT INTO " + table + " (" + this.kind.columnList() + ") SELECT DISTINCT ON ("
					+ key + ") " + this.kind.columnList() + " FROM " + staging() + " ORDER BY " + key + ", line DESC"
					+ " ON CONFLICT (" + key + ") DO UPDATE SET " + updates + " WHERE (" + current
					+ ") IS DISTINCT FROM (" + incoming + ") RETURNING (xmax = 0) AS inserted)"
					+ " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted";
		}

	}

}
