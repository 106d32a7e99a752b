package org.chorale.invoice;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.chorale.shared.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Originals up to a size kept in PostgreSQL, committed by the transaction of the deposit
 * that brings them: acknowledging a deposit then waits for one flush to disk, the
 * transaction's, instead of the file's and then the transaction's, and a deposit that
 * fails leaves no file behind. Larger originals go to the next store (the folder).
 * ({@code chorale.invoice.documents-in-database}.)
 */
class DatabaseDocumentStore implements DocumentStore {

	private final JdbcClient jdbc;

	private final long largest;

	private final DocumentStore larger;

	DatabaseDocumentStore(JdbcClient jdbc, long largest, DocumentStore larger) {
		this.jdbc = jdbc;
		this.largest = largest;
		this.larger = larger;
	}

	@Override
	public StoredDocument put(byte[] content) {
		if (content.length > this.largest) {
			return this.larger.put(content);
		}
		String sha256 = Sha256.hex(content);
		this.jdbc.sql("insert into stored_document (sha256, content) values (:sha256, :content) on conflict do nothing")
			.param("sha256", sha256)
			.param("content", content)
			.update();
		return new StoredDocument(sha256, content.length);
	}

	@Override
	public byte[] get(String sha256) {
		Optional<byte[]> kept = this.jdbc.sql("select content from stored_document where sha256 = :sha256")
			.param("sha256", sha256)
			.query(byte[].class)
			.optional();
		return kept.isPresent() ? checked(sha256, kept.get()) : this.larger.get(sha256);
	}

	/** Those of these documents kept in the database, in one query. */
	@Override
	public Map<String, byte[]> readAhead(Collection<String> sha256s) {
		Map<String, byte[]> kept = new HashMap<>();
		this.jdbc.sql("select sha256, content from stored_document where sha256 = any(cast(:sha256s as char(64)[]))")
			.param("sha256s", sha256s.toArray(String[]::new))
			.query(rs -> {
				kept.put(rs.getString(1), checked(rs.getString(1), rs.getBytes(2)));
			});
		return kept;
	}

	private static byte[] checked(String sha256, byte[] content) {
		if (!Sha256.hex(content).equals(sha256)) {
			throw new CorruptDocument("Document " + sha256 + " no longer matches its SHA-256 in the database");
		}
		return content;
	}

}
