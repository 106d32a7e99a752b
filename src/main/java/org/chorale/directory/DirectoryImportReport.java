package org.chorale.directory;

import java.time.Duration;
import java.util.List;

import org.chorale.shared.Translatable;

/**
 * What a directory import did.
 *
 * @param rows data rows read, both files together
 * @param skipped the rows left out, in file order, at most {@link #SKIPPED_LISTED}
 * @param skippedCount every row left out
 * @param servicesRemoved services of the imported structures that the file no longer
 * lists
 */
public record DirectoryImportReport(long rows, Counts structures, Counts services, long servicesRemoved,
		List<SkippedRow> skipped, long skippedCount, Duration duration) {

	static final int SKIPPED_LISTED = 200;

	public long rowsPerSecond() {
		return this.rows * 1000 / Math.max(1, this.duration.toMillis());
	}

	/**
	 * @param imported rows written: inserted, updated or found unchanged
	 */
	public record Counts(long imported, long inserted, long updated) {

		public long unchanged() {
			return this.imported - this.inserted - this.updated;
		}

	}

	/** A row left out of the import, and why. */
	public record SkippedRow(String file, long line, Translatable reason) {

	}

}
