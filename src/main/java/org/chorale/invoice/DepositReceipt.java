package org.chorale.invoice;

import java.time.Instant;
import java.util.List;

/**
 * The certificat de dépôt: given once the originals and their description are committed,
 * so that what it lists is never lost.
 *
 * @param number numeroFluxDepot
 * @param files each original received, with its SHA-256 (the upload itself first when it
 * was an archive)
 */
public record DepositReceipt(long id, String number, Instant depositedAt, List<ReceivedFile> files) {

	public DepositReceipt {
		files = List.copyOf(files);
	}

	public record ReceivedFile(String name, String sha256, long size) {

	}

}
