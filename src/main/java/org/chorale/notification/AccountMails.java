package org.chorale.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.chorale.account.AccountLocked;
import org.chorale.account.ActivationLinkIssued;
import org.chorale.account.ResetLinkIssued;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The e-mails about an account, sent to its login address. */
@Component
class AccountMails {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Mailer mailer;

	AccountMails(Mailer mailer) {
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(ActivationLinkIssued event) {
		this.mailer.send(event.person().loginEmail(), event.person().language(), "activation",
				event.person().displayName(), this.mailer.link("/activation/" + event.token()),
				parisTime(event.expiresAt()));
	}

	@ApplicationModuleListener
	void on(ResetLinkIssued event) {
		this.mailer.send(event.person().loginEmail(), event.person().language(), "reset", event.person().displayName(),
				this.mailer.link("/reinitialisation/" + event.token()), parisTime(event.expiresAt()));
	}

	@ApplicationModuleListener
	void on(AccountLocked event) {
		this.mailer.send(event.person().loginEmail(), event.person().language(), "locked", event.person().displayName(),
				parisTime(event.until()), this.mailer.link("/mot-de-passe-oublie"));
	}

	/** "22/11/2026 14:05", Paris time, as the mails say it. */
	static String parisTime(Instant instant) {
		return TIME.format(instant.atZone(PARIS));
	}

}
