package org.chorale.invoice;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.invoice.DocumentStore.CorruptDocument;
import org.chorale.invoice.DocumentStore.StoredDocument;
import org.chorale.shared.Sha256;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Originals are kept unchanged under their SHA-256, small ones in PostgreSQL with the
 * deposit that brings them, larger ones in the folder, and a changed or missing one is
 * never served as intact.
 */
@ChoraleTest
class DocumentStoreTests {

	@Autowired
	DocumentStore store;

	@Autowired
	InvoiceProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aSmallOriginalIsKeptInTheDatabaseOnceAndReadBackUnchanged() {
		byte[] content = unique(2_000);

		StoredDocument stored = this.store.put(content);
		this.store.put(content.clone());

		assertThat(stored).isEqualTo(new StoredDocument(Sha256.hex(content), 2_000));
		assertThat(rows(stored.sha256())).isEqualTo(1);
		assertThat(Files.exists(file(stored.sha256()))).isFalse();
		assertThat(this.store.get(stored.sha256())).isEqualTo(content);
	}

	@Test
	void anOriginalAboveTheDatabasesLimitIsKeptInTheFolder() throws Exception {
		byte[] content = unique((int) this.properties.documentsInDatabase().toBytes() + 1);

		StoredDocument stored = this.store.put(content);

		assertThat(rows(stored.sha256())).isZero();
		assertThat(Files.readAllBytes(file(stored.sha256()))).isEqualTo(content);
		assertThat(this.store.get(stored.sha256())).isEqualTo(content);
	}

	@Test
	void anOriginalStoredByADepositThatFailsIsNotKept() {
		byte[] content = unique(500);

		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.store.put(content);
			throw new IllegalStateException("the deposit fails after storing its original");
		})).hasMessageContaining("deposit fails");

		assertThat(rows(Sha256.hex(content))).isZero();
		assertThatThrownBy(() -> this.store.get(Sha256.hex(content))).isInstanceOf(CorruptDocument.class)
			.hasMessageContaining("is missing");
	}

	@Test
	void aChangedByteIsCaughtWhenTheOriginalIsRead() throws Exception {
		byte[] small = unique(1_000);
		String inDatabase = this.store.put(small).sha256();
		small[10]++;
		this.jdbc.sql("update stored_document set content = :content where sha256 = :sha256")
			.param("content", small)
			.param("sha256", inDatabase)
			.update();
		byte[] large = unique((int) this.properties.documentsInDatabase().toBytes() + 1);
		String inFolder = this.store.put(large).sha256();
		large[10]++;
		Files.write(file(inFolder), large);

		assertThatThrownBy(() -> this.store.get(inDatabase)).isInstanceOf(CorruptDocument.class)
			.hasMessageContaining("no longer matches its SHA-256");
		assertThatThrownBy(() -> this.store.get(inFolder)).isInstanceOf(CorruptDocument.class)
			.hasMessageContaining("no longer matches its SHA-256");
	}

	private int rows(String sha256) {
		return this.jdbc.sql("select count(*) from stored_document where sha256 = :sha256")
			.param("sha256", sha256)
			.query(Integer.class)
			.single();
	}

	private Path file(String sha256) {
		return this.properties.documents()
			.resolve(sha256.substring(0, 2))
			.resolve(sha256.substring(2, 4))
			.resolve(sha256);
	}

	private static byte[] unique(int size) {
		byte[] content = new byte[size];
		byte[] id = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < size; i++) {
			content[i] = (i < id.length) ? id[i] : (byte) ('a' + i % 26);
		}
		return content;
	}

}
