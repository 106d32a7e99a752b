package org.chorale.notification;

import java.util.List;

import org.chorale.account.AccountManagement;
import org.chorale.account.Operator;
import org.chorale.account.Person;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.sollicitation.SollicitationPosted;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.WorkArea;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails about requests, to the side that should read them: the recipient structure's
 * people with "Sollicitations reçues", the support staff, or the sender structure's
 * people with "Sollicitations émises"; each as they chose.
 */
@Component
class SollicitationMails {

	private final Mailer mailer;

	private final StructureManagement structures;

	private final AccountManagement accounts;

	private final Notices notices;

	SollicitationMails(Mailer mailer, StructureManagement structures, AccountManagement accounts, Notices notices) {
		this.mailer = mailer;
		this.structures = structures;
		this.accounts = accounts;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(SollicitationPosted event) {
		Readers readers = readers(event);
		String link = this.mailer.link(readers.path() + "/" + event.id());
		for (Person person : readers.people()) {
			this.notices.tell(person, Topic.SOLLICITATIONS, event.kind().mail(),
					new Object[] { person.displayName(), event.number(),
							(event.kind() == SollicitationPosted.Kind.NEW) ? event.senderName() : event.author(),
							event.subject(), link },
					"mail.digest.sollicitation." + event.kind().name(),
					new Object[] { event.number(), event.author(), event.subject() });
		}
	}

	private Readers readers(SollicitationPosted event) {
		return switch (event.to()) {
			case EMETTEUR -> {
				StructureId sender = new StructureId(event.senderStructure());
				yield new Readers("/structures/" + sender.value() + "/sollicitations-emises",
						this.structures.members(sender, WorkArea.SOLLICITATIONS_EMISES));
			}
			case DESTINATAIRE ->
				this.structures.find(StructureIdentifier.of(new Siret(event.addresseeSiret().orElseThrow())))
					.map(recipient -> new Readers("/structures/" + recipient.id().value() + "/sollicitations-recues",
							this.structures.members(recipient.id(), WorkArea.SOLLICITATIONS_RECUES)))
					.orElseGet(() -> new Readers("", List.of()));
			case SUPPORT -> new Readers("/support/sollicitations",
					this.accounts.operators(Operator.SUPPORT).stream().filter(Person::active).toList());
		};
	}

	private record Readers(String path, List<Person> people) {

	}

}
