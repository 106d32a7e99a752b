package org.chorale.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links sent by e-mail. A token is 256 random bits; only its SHA-256 is
 * stored, so a copy of the database opens no account. Issuing a new link for an account
 * voids its earlier ones of the same purpose.
 */
@Component
class AccountLinks {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	AccountLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the token to put in the link, never stored
	 */
	String issue(long accountId, LinkPurpose purpose, Duration validity, Instant now) {
		this.jdbc
			.sql("update account_link set used_at = :now where account_id = :account and purpose = :purpose "
					+ "and used_at is null")
			.param("now", Timestamp.from(now))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.update();
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc
			.sql("insert into account_link (token_hash, account_id, purpose, created_at, expires_at) "
					+ "values (:hash, :account, :purpose, :now, :expires)")
			.param("hash", hash(token))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(validity)))
			.update();
		return token;
	}

	Followed follow(String token, LinkPurpose purpose, Instant now) {
		if (token == null || token.length() > 100) {
			return new Followed(LinkState.UNKNOWN, Optional.empty());
		}
		return this.jdbc
			.sql("select account_id, expires_at, used_at from account_link "
					+ "where token_hash = :hash and purpose = :purpose")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query((rs, row) -> new Followed(state(rs.getTimestamp("used_at"), rs.getTimestamp("expires_at"), now),
					Optional.of(rs.getLong("account_id"))))
			.optional()
			.orElse(new Followed(LinkState.UNKNOWN, Optional.empty()));
	}

	/** Marks the link used; false when it was no longer valid (used meanwhile). */
	boolean use(String token, LinkPurpose purpose, Instant now) {
		return this.jdbc
			.sql("update account_link set used_at = :now where token_hash = :hash and purpose = :purpose "
					+ "and used_at is null and expires_at > :now")
			.param("now", Timestamp.from(now))
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.update() == 1;
	}

	private static LinkState state(Timestamp usedAt, Timestamp expiresAt, Instant now) {
		if (usedAt != null) {
			return LinkState.USED;
		}
		return expiresAt.toInstant().isAfter(now) ? LinkState.VALID : LinkState.EXPIRED;
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	record Followed(LinkState state, Optional<Long> accountId) {

	}

}
