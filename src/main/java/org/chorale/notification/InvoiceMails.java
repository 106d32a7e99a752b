package org.chorale.notification;

import java.time.Clock;
import java.util.Optional;

import org.chorale.account.Person;
import org.chorale.invoice.InvoiceStatusChanged;
import org.chorale.invoice.InvoicesReceived;
import org.chorale.notification.Topic.Mode;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;
import org.chorale.structure.WorkArea;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails about invoices, to each person as they chose: a supplier's people hear of every
 * status change of their issued invoices, a recipient's people of the invoices they
 * receive; right away, in the daily digest, or not at all.
 */
@Component
class InvoiceMails {

	private final Mailer mailer;

	private final StructureManagement structures;

	private final NotificationPreferences preferences;

	private final Clock clock;

	InvoiceMails(Mailer mailer, StructureManagement structures, NotificationPreferences preferences, Clock clock) {
		this.mailer = mailer;
		this.structures = structures;
		this.preferences = preferences;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(InvoiceStatusChanged event) {
		StructureId supplier = new StructureId(event.supplierStructure());
		String link = this.mailer.link("/structures/" + supplier.value() + "/factures-emises/" + event.invoice());
		DefaultMessageSourceResolvable status = new DefaultMessageSourceResolvable(event.status().labelKey());
		for (Person person : this.structures.members(supplier, WorkArea.FACTURES_EMISES)) {
			tell(person, this.preferences.of(person.id()).get(Topic.INVOICE_STATUS), "invoiceStatus",
					new Object[] { person.displayName(), event.number(), event.recipientName(), status,
							event.comment().orElse("-"), link },
					"mail.digest.status", new Object[] { event.number(), event.recipientName(), status });
		}
	}

	@ApplicationModuleListener
	void on(InvoicesReceived event) {
		Optional<StructureView> recipient = this.structures.find(StructureIdentifier.of(new Siret(event.recipient())));
		if (recipient.isEmpty()) {
			return;
		}
		StructureId id = recipient.get().id();
		String link = this.mailer.link("/structures/" + id.value() + "/factures-recues");
		for (Person person : this.structures.members(id, WorkArea.FACTURES_RECUES)) {
			Mode mode = this.preferences.of(person.id()).get(Topic.NEW_INVOICES);
			for (InvoicesReceived.Received invoice : event.invoices()) {
				String amount = invoice.totalWithVat()
					.map(a -> a.toPlainString() + " " + invoice.currency())
					.orElse("");
				tell(person, mode, "invoiceReceived",
						new Object[] { person.displayName(), invoice.number(), invoice.supplierName(), amount,
								recipient.get().name(), link },
						"mail.digest.received", new Object[] { invoice.number(), invoice.supplierName(), amount });
			}
		}
	}

	private void tell(Person person, Mode mode, String mail, Object[] arguments, String digestLine,
			Object[] lineArguments) {
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
