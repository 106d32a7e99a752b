package org.chorale.structure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.chorale.account.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of the primary managers support appointed. */
@Repository
class ManagerAppointments {

	private final JdbcClient jdbc;

	ManagerAppointments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long structure, AccountId appointed, Optional<AccountId> previous, AccountId agent, String reason,
			Optional<String> reference, Instant at) {
		this.jdbc.sql("""
				insert into manager_appointment (structure_id, account_id, previous_id, appointed_by, reason, reference,
				                                 appointed_at)
				values (:structure, :account, :previous, :agent, :reason, :reference, :at)""")
			.param("structure", structure)
			.param("account", appointed.value())
			.param("previous", previous.map(AccountId::value).orElse(null))
			.param("agent", agent.value())
			.param("reason", reason)
			.param("reference", reference.orElse(null))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

}
