package org.chorale.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.chorale.account.AccountId;
import org.chorale.notification.Topic.Mode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each person's choices of how to hear of invoices, and the lines of their next digest.
 */
@Repository
class NotificationPreferences {

	private final JdbcClient jdbc;

	NotificationPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's mode for each topic, defaults included. */
	Map<Topic, Mode> of(AccountId account) {
		Map<Topic, Mode> modes = new EnumMap<>(Topic.class);
		for (Topic topic : Topic.values()) {
			modes.put(topic, topic.byDefault());
		}
		this.jdbc.sql("select topic, mode from notification_preference where account_id = :account")
			.param("account", account.value())
			.query((rs, n) -> Map.entry(Topic.valueOf(rs.getString(1)), Mode.valueOf(rs.getString(2))))
			.list()
			.forEach(entry -> modes.put(entry.getKey(), entry.getValue()));
		return modes;
	}

	void choose(AccountId account, Topic topic, Mode mode) {
		this.jdbc.sql("""
				insert into notification_preference (account_id, topic, mode) values (:account, :topic, :mode)
				on conflict (account_id, topic) do update set mode = excluded.mode""")
			.param("account", account.value())
			.param("topic", topic.name())
			.param("mode", mode.name())
			.update();
	}

	void queue(AccountId account, String line, Instant at) {
		this.jdbc
			.sql("insert into notification_digest_line (account_id, line, created_at) values (:account, :line, :at)")
			.param("account", account.value())
			.param("line", line)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The people with lines waiting. */
	List<AccountId> waiting() {
		return this.jdbc.sql("select distinct account_id from notification_digest_line")
			.query((rs, n) -> new AccountId(rs.getLong(1)))
			.list();
	}

	/**
	 * Takes the person's waiting lines, oldest first: they are gone once the transaction
	 * commits, and stay if it does not (a digest that failed is sent the next day).
	 */
	List<String> take(AccountId account) {
		return this.jdbc.sql("""
				delete from notification_digest_line where id in (
				    select id from notification_digest_line where account_id = :account for update skip locked)
				returning id, line""")
			.param("account", account.value())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(Map.Entry::getValue)
			.toList();
	}

}
