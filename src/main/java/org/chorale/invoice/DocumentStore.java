package org.chorale.invoice;

import java.util.Collection;
import java.util.Map;

/**
 * Where originals are kept, unchanged and named by their SHA-256, so that the same file
 * deposited twice is stored once and a changed byte is caught when read. The file system
 * is the default; object storage fits the same two methods.
 */
public interface DocumentStore {

	/** Stores the content durably before returning its name. */
	StoredDocument put(byte[] content);

	/**
	 * The content stored under this SHA-256.
	 * @throws CorruptDocument when it is missing or no longer hashes to its name
	 */
	byte[] get(String sha256);

	/**
	 * Reads together, for a caller about to get several documents, those this store reads
	 * cheaply in one go (the small ones a database keeps); the others are left to
	 * {@link #get}, one at a time, so that large files are never held together.
	 * @return the contents read, by SHA-256, each checked as {@link #get} checks it
	 */
	default Map<String, byte[]> readAhead(Collection<String> sha256s) {
		return Map.of();
	}

	record StoredDocument(String sha256, long size) {

	}

	/** An original that is missing or changed: never served as if it were intact. */
	class CorruptDocument extends RuntimeException {

		public CorruptDocument(String message) {
			super(message);
		}

	}

}
