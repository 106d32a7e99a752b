package org.chorale.cpro;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Bearer tokens of the OAuth2 client-credentials flow, valid {@link #VALIDITY}: 256
 * random bits, of which only the SHA-256 is stored, so that every node checks them. A
 * node remembers a token it checked until the token expires, or for a minute when its
 * client might have been removed meanwhile.
 */
@Repository
class AccessTokens {

	static final Duration VALIDITY = Duration.ofSeconds(3600);

	private static final Duration RECHECK = Duration.ofMinutes(1);

	private static final int MAX_REMEMBERED = 50_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, Instant> remembered = new ConcurrentHashMap<>();

	AccessTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token for the client. */
	String issue(long client) {
		String token = Secrets.generate(44);
		this.jdbc.sql("insert into api_token (token_hash, client_id, expires_at) values (:hash, :client, :expires)")
			.param("hash", Secrets.sha256(token))
			.param("client", client)
			.param("expires", OffsetDateTime.ofInstant(this.clock.instant().plus(VALIDITY), ZoneOffset.UTC))
			.update();
		return token;
	}

	/** Whether the token was issued here, is unexpired and its client still exists. */
	boolean valid(String token) {
		Instant now = this.clock.instant();
		Instant until = this.remembered.get(token);
		if (until != null && until.isAfter(now)) {
			return true;
		}
		Instant expires = this.jdbc.sql("select expires_at from api_token where token_hash = :hash")
			.param("hash", Secrets.sha256(token))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.filter(at -> at.isAfter(now))
			.orElse(null);
		if (expires == null) {
			this.remembered.remove(token);
			return false;
		}
		if (this.remembered.size() >= MAX_REMEMBERED) {
			this.remembered.clear();
		}
		Instant recheck = now.plus(RECHECK);
		this.remembered.put(token, recheck.isBefore(expires) ? recheck : expires);
		return true;
	}

	/** Forgets expired tokens, every hour. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purge() {
		this.jdbc.sql("delete from api_token where expires_at < :now")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		this.remembered.clear();
	}

}
