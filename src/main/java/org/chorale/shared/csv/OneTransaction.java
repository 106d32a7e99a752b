package org.chorale.shared.csv;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Runs a bulk import on one connection in one transaction, committed only if the whole of
 * it succeeds: COPY needs the connection itself, which Spring's transactions hide.
 */
public final class OneTransaction {

	private OneTransaction() {
	}

	public static <T> T run(DataSource dataSource, Work<T> work) throws IOException, SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			}
			catch (Throwable ex) {
				// an Error too: setAutoCommit(true) would otherwise commit half an import
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	/** What runs in the transaction. */
	@FunctionalInterface
	public interface Work<T> {

		T run(Connection connection) throws IOException, SQLException;

	}

}
