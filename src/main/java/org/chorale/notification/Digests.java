package org.chorale.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.account.Person;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: one e-mail per person with what happened to their invoices since the
 * last one, for those who chose it. Each person's lines are taken and sent in one
 * transaction, so a digest that could not be sent is tried again the next day, and nodes
 * sharing the database never send the same one twice.
 */
@Component
class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private final NotificationPreferences preferences;

	private final AccountManagement accounts;

	private final Mailer mailer;

	private final TransactionTemplate transactions;

	Digests(NotificationPreferences preferences, AccountManagement accounts, Mailer mailer,
			TransactionTemplate transactions) {
		this.preferences = preferences;
		this.accounts = accounts;
		this.mailer = mailer;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${chorale.notification.digest-cron:0 0 7 * * *}", zone = "Europe/Paris")
	void sendAll() {
		for (AccountId account : this.preferences.waiting()) {
			try {
				this.transactions.executeWithoutResult(tx -> send(account));
			}
			catch (RuntimeException ex) {
				log.warn("The digest of account {} is kept for the next one: {}", account.value(), ex.getMessage());
			}
		}
	}

	private void send(AccountId account) {
		List<String> lines = this.preferences.take(account);
		if (lines.isEmpty()) {
			return;
		}
		Person person = this.accounts.find(account).orElseThrow();
		if (!this.mailer.send(person.contactEmail(), person.language(), "digest", person.displayName(),
				"- " + String.join("\n- ", lines), this.mailer.link("/mon-espace"))) {
			throw new IllegalStateException("the mail server did not take it");
		}
	}

}
