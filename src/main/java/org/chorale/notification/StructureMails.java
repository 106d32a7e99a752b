package org.chorale.notification;

import org.chorale.account.Person;
import org.chorale.structure.JoinDecided;
import org.chorale.structure.JoinRequested;
import org.chorale.structure.MembershipStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The e-mails about joining a structure, sent to contact addresses. */
@Component
class StructureMails {

	private final Mailer mailer;

	StructureMails(Mailer mailer) {
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(JoinRequested event) {
		Person requester = event.requester();
		for (Person manager : event.managers()) {
			this.mailer.send(manager.contactEmail(), manager.language(), "joinRequested", manager.displayName(),
					requester.displayName(), requester.loginEmail().value(), event.structure().name(),
					this.mailer.link("/structures/" + event.structure().id() + "/gestion"));
		}
	}

	@ApplicationModuleListener
	void on(JoinDecided event) {
		Person requester = event.requester();
		String key = (event.decision() == MembershipStatus.VALIDEE) ? "joinApproved" : "joinRefused";
		this.mailer.send(requester.contactEmail(), requester.language(), key, requester.displayName(),
				event.structure().name(), event.comment().orElse("-"), this.mailer.link("/mon-espace"));
	}

}
