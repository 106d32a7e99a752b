package org.chorale.shared.csv;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/** Streams rows to a PostgreSQL COPY in its text format, in chunks of about 64 KB. */
public final class CopyRows {

	private static final int CHUNK = 1 << 16;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

	public CopyRows(CopyIn copy) {
		this.copy = copy;
	}

	public void row(String[] values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			append(values[i]);
		}
		this.buffer.append('\n');
		if (this.buffer.length() >= CHUNK) {
			flush();
		}
	}

	/**
	 * @return the number of rows PostgreSQL received
	 */
	public long finish() throws SQLException {
		flush();
		return this.copy.endCopy();
	}

	public void cancel() {
		try {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// the transaction is rolled back anyway
		}
	}

	private void append(String value) {
		if (value == null) {
			this.buffer.append("\\N");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		if (this.buffer.isEmpty()) {
			return;
		}
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

}
