package org.chorale.sirene;

import java.time.Duration;
import java.util.List;

/** What an import did, file by file. */
public record ImportReport(List<FileReport> files) {

	public long rows() {
		return this.files.stream().mapToLong(FileReport::rows).sum();
	}

	/**
	 * @param file the file's name (the zip entry's name for a zip)
	 * @param kind legal units or establishments
	 * @param rows data rows read
	 * @param inserted rows new to the register
	 * @param updated rows whose values changed
	 * @param reading time spent reading, checking and streaming the rows to PostgreSQL
	 * @param applying time spent writing them into the register
	 */
	public record FileReport(String file, StockKind kind, long rows, long inserted, long updated, Duration reading,
			Duration applying) {

		/**
		 * Rows identical to what the register held, and repeated keys of which only the
		 * last line counts.
		 */
		public long unchanged() {
			return this.rows - this.inserted - this.updated;
		}

		public long rowsPerSecond() {
			long millis = Math.max(1, this.reading.plus(this.applying).toMillis());
			return this.rows * 1000 / millis;
		}

	}

}
