package org.chorale.invoice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The certificat de dépôt: given once the originals and their description are committed,
 * so that what it lists is never lost.
 *
 * @param number numeroFluxDepot
 * @param files each original received, with its SHA-256 (the upload itself first when it
 * was an archive)
 * @param invoice for an invoice submitted as data, the id it has once integrated
 */
public record DepositReceipt(long id, String number, Instant depositedAt, List<ReceivedFile> files,
		Optional<Long> invoice) {

	public DepositReceipt {
		files = List.copyOf(files);
	}

	public record ReceivedFile(String name, String sha256, long size) {

	}

}
