package org.chorale.invoice;

import java.time.Instant;
import java.util.Optional;

/** A deposit as the "Suivi des flux" page shows it. */
public record DepositView(long id, String number, long structureId, String fileName, String sha256, long size,
		DepositStatus status, int fileCount, int processedCount, int integratedCount, Instant depositedAt,
		Optional<Instant> finishedAt) {

	/** Percent of the files processed, for the progress bar. */
	public int progress() {
		return (this.fileCount == 0) ? 100 : this.processedCount * 100 / this.fileCount;
	}

	public int rejectedCount() {
		return this.processedCount - this.integratedCount;
	}

}
