package org.chorale.notification;

import java.time.Clock;

import org.chorale.account.Person;
import org.chorale.notification.Topic.Mode;

import org.springframework.stereotype.Component;

/**
 * Tells a person of something as they chose for its topic: an e-mail right away, a line
 * of their daily digest, or nothing (they read it in the portal).
 */
@Component
class Notices {

	private final Mailer mailer;

	private final NotificationPreferences preferences;

	private final Clock clock;

	Notices(Mailer mailer, NotificationPreferences preferences, Clock clock) {
		this.mailer = mailer;
		this.preferences = preferences;
		this.clock = clock;
	}

	/**
	 * @param mail the e-mail's message keys ({@code mail.<mail>.subject}, {@code .body})
	 * @param digestLine the message key of its line in the digest
	 */
	void tell(Person person, Topic topic, String mail, Object[] arguments, String digestLine, Object[] lineArguments) {
		Mode mode = this.preferences.of(person.id()).get(topic);
		switch (mode) {
			case IMMEDIATE -> this.mailer.send(person.contactEmail(), person.language(), mail, arguments);
			case DAILY -> this.preferences.queue(person.id(),
					this.mailer.text(person.language(), digestLine, lineArguments), this.clock.instant());
			case NONE -> {
				// the person reads it in the portal
			}
		}
	}

}
