package org.chorale.cpro;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code Idempotency-Key} of a deposit: the first call with a key deposits and keeps
 * its answer; a call with the same key and the same body gets that answer again and
 * deposits nothing; the same key with another body is refused. The key is claimed in the
 * deposit's own transaction, so two calls racing with one key make one deposit, and a
 * call that fails leaves the key free for the retry. Keys are kept {@link #KEPT}.
 */
@Component
class Idempotency {

	static final String HEADER = "Idempotency-Key";

	static final Duration KEPT = Duration.ofHours(24);

	private static final int MAX_KEY = 255;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	Idempotency(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/** The operation's answer, given once per key. */
	Map<String, Object> once(Caller caller, String key, Object request, Supplier<Map<String, Object>> operation) {
		if (key == null || key.isBlank()) {
			return operation.get();
		}
		if (key.length() > MAX_KEY) {
			throw ApiFailure.invalid("cpro.error.field", HEADER);
		}
		String hash = hash(request);
		return this.transactions.execute(status -> {
			boolean claimed = this.jdbc.sql("""
					insert into api_idempotency (account_id, key, request_hash, response, created_at)
					values (:account, :key, :hash, '', :at) on conflict do nothing""")
				.param("account", caller.account().value())
				.param("key", key)
				.param("hash", hash)
				.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.update() == 1;
			if (!claimed) {
				return earlier(caller, key, hash);
			}
			Map<String, Object> answer = operation.get();
			this.jdbc
				.sql("update api_idempotency set response = :response" + " where account_id = :account and key = :key")
				.param("response", this.json.writeValueAsString(answer))
				.param("account", caller.account().value())
				.param("key", key)
				.update();
			return answer;
		});
	}

	@SuppressWarnings("unchecked")
	/**
	 * The request's SHA-256, its JSON streamed into the digest: no copy of a large file.
	 */
	private String hash(Object request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
				this.json.writeValue(out, request);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> earlier(Caller caller, String key, String hash) {
		Optional<Stored> stored = this.jdbc
			.sql("select request_hash, response from api_idempotency where account_id = :account and key = :key")
			.param("account", caller.account().value())
			.param("key", key)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2)))
			.optional();
		if (stored.isEmpty() || !stored.get().hash().equals(hash)) {
			throw new ApiFailure(HttpStatus.UNPROCESSABLE_CONTENT, 21, "cpro.error.idempotency", key);
		}
		return this.json.readValue(stored.get().response(), LinkedHashMap.class);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
	void purge() {
		this.jdbc.sql("delete from api_idempotency where created_at < :limit")
			.param("limit", OffsetDateTime.ofInstant(this.clock.instant().minus(KEPT), ZoneOffset.UTC))
			.update();
	}

	private record Stored(String hash, String response) {

	}

}
