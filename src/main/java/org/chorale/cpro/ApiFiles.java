package org.chorale.cpro;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.chorale.account.AccountId;
import org.chorale.invoice.Attachment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Files a technical user sends with {@code ajouterFichierDansSysteme}, kept for the
 * operations that name them by {@code pieceJointeId}; they belong to that user alone and
 * are forgotten after {@link #KEPT_DAYS} days.
 */
@Repository
class ApiFiles {

	static final int KEPT_DAYS = 7;

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiFiles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long add(AccountId owner, Attachment file) {
		return this.jdbc.sql("""
				insert into api_file (account_id, name, mime_type, content, created_at)
				values (:account, :name, :mime, :content, :at) returning id""")
			.param("account", owner.value())
			.param("name", file.name())
			.param("mime", file.mediaType())
			.param("content", file.content())
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/** The owner's file with this id. */
	Optional<Attachment> find(AccountId owner, long id) {
		return this.jdbc.sql("select name, mime_type, content from api_file where id = :id and account_id = :account")
			.param("id", id)
			.param("account", owner.value())
			.query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void purge() {
		this.jdbc.sql("delete from api_file where created_at < :limit")
			.param("limit", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusDays(KEPT_DAYS))
			.update();
	}

}
