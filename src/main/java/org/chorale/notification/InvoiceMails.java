package org.chorale.notification;

import java.util.Optional;

import org.chorale.account.Person;
import org.chorale.invoice.InvoiceStatusChanged;
import org.chorale.invoice.InvoicesReceived;
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

	private final Notices notices;

	InvoiceMails(Mailer mailer, StructureManagement structures, Notices notices) {
		this.mailer = mailer;
		this.structures = structures;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(InvoiceStatusChanged event) {
		StructureId supplier = new StructureId(event.supplierStructure());
		String link = this.mailer.link("/structures/" + supplier.value() + "/factures-emises/" + event.invoice());
		DefaultMessageSourceResolvable status = new DefaultMessageSourceResolvable(event.status().labelKey());
		for (Person person : this.structures.members(supplier, WorkArea.FACTURES_EMISES)) {
			this.notices.tell(person, Topic.INVOICE_STATUS, "invoiceStatus",
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
			for (InvoicesReceived.Received invoice : event.invoices()) {
				String amount = invoice.totalWithVat()
					.map(a -> a.toPlainString() + " " + invoice.currency())
					.orElse("");
				this.notices.tell(person, Topic.NEW_INVOICES, "invoiceReceived",
						new Object[] { person.displayName(), invoice.number(), invoice.supplierName(), amount,
								recipient.get().name(), link },
						"mail.digest.received", new Object[] { invoice.number(), invoice.supplierName(), amount });
			}
		}
	}

}
