package org.chorale;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts tests with no account and no structure, and gives each test fresh addresses. */
public final class TestPeople {

	private static final AtomicInteger sequence = new AtomicInteger();

	private TestPeople() {
	}

	/**
	 * Starts a test with no account and no structure (and nothing that hangs on them).
	 */
	public static void none(JdbcClient jdbc) {
		empty(jdbc,
				"TRUNCATE espd_export, espd_response, espd_profile, espd_saved_answer, sollicitation_attachment, sollicitation_message, sollicitation_status_change, "
						+ "sollicitation_invoice, sollicitation, manager_appointment, api_delivery, api_webhook, api_event, api_idempotency, api_file, api_token, api_client, "
						+ "technical_account, membership_right, "
						+ "membership, structure_work_area, structure, account_link, account");
	}

	/**
	 * Runs a TRUNCATE. A deposit worker still finishing the previous test's files (at a
	 * low priority, so slowly on a busy machine) can take its locks in the other order:
	 * PostgreSQL then aborts one side as a deadlock, and the emptying is tried again.
	 */
	public static void empty(JdbcClient jdbc, String truncate) {
		for (int attempt = 1;; attempt++) {
			try {
				jdbc.sql(truncate).update();
				return;
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	/** An address no test used before in this run, such as "marie.3@example.test". */
	public static String email(String name) {
		return name + "." + sequence.incrementAndGet() + "@example.test";
	}

}
