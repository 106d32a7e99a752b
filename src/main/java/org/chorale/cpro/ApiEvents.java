package org.chorale.cpro;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chorale.invoice.InvoiceStatus;
import org.chorale.invoice.InvoiceStatusChanged;
import org.chorale.invoice.InvoicesReceived;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What connectors are told, so that they need not poll: each invoice a structure receives
 * (FACTURE_RECUE) and each status change of an invoice it issued or received
 * (CHANGEMENT_STATUT). Written in the transaction of the change itself, for the
 * structures that have a technical user: an event exists if and only if its change
 * happened. Read through the pending-events feed until acknowledged, and pushed to the
 * structure's webhooks.
 */
@Component
class ApiEvents {

	static final String RECEIVED = "FACTURE_RECUE";

	static final String STATUS = "CHANGEMENT_STATUT";

	private final JdbcClient jdbc;

	private final StructureManagement structures;

	private final TechnicalAccounts technicalAccounts;

	private final Clock clock;

	ApiEvents(JdbcClient jdbc, StructureManagement structures, TechnicalAccounts technicalAccounts, Clock clock) {
		this.jdbc = jdbc;
		this.structures = structures;
		this.technicalAccounts = technicalAccounts;
		this.clock = clock;
	}

	@EventListener
	void statusChanged(InvoiceStatusChanged changed) {
		record(changed.supplierStructure(), STATUS, changed.invoice(), changed.number(), changed.status(),
				changed.comment(), changed.at());
		recipient(changed.recipient()).ifPresent(recipient -> record(recipient.value(), STATUS, changed.invoice(),
				changed.number(), changed.status(), changed.comment(), changed.at()));
	}

	@EventListener
	void received(InvoicesReceived received) {
		recipient(received.recipient()).ifPresent(recipient -> received.invoices()
			.forEach(invoice -> record(recipient.value(), RECEIVED, invoice.id(), invoice.number(),
					InvoiceStatus.MISE_A_DISPOSITION, Optional.empty(), this.clock.instant())));
	}

	/** The structure's events not yet acknowledged, oldest first, after {@code after}. */
	List<Map<String, Object>> pending(StructureId structure, long after, int limit) {
		return this.jdbc.sql("""
				select id, type, invoice_id, invoice_number, status, comment, at from api_event
				where structure_id = :structure and acknowledged_at is null and id > :after order by id limit :limit""")
			.param("structure", structure.value())
			.param("after", after)
			.param("limit", limit)
			.query((rs, n) -> payload(rs.getLong("id"), rs.getString("type"), rs.getLong("invoice_id"),
					rs.getString("invoice_number"), rs.getString("status"), rs.getString("comment"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	long pendingCount(StructureId structure) {
		return this.jdbc
			.sql("select count(*) from api_event where structure_id = :structure and acknowledged_at is null")
			.param("structure", structure.value())
			.query(Long.class)
			.single();
	}

	/** Acknowledges these events of the structure; others' ids are ignored. */
	int acknowledge(StructureId structure, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				update api_event set acknowledged_at = :now
				where structure_id = :structure and id in (:ids) and acknowledged_at is null""")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("structure", structure.value())
			.param("ids", ids)
			.update();
	}

	/** An event as the feed and the webhooks give it. */
	static Map<String, Object> payload(long id, String type, long invoice, String number, String status, String comment,
			Instant at) {
		Map<String, Object> event = Answer.object();
		event.put("idEvenement", id);
		event.put("typeEvenement", type);
		event.put("identifiantFactureCPP", invoice);
		event.put("numeroFacture", number);
		event.put("statut", status);
		event.put("commentaire", comment);
		event.put("dateHeure", at.toString());
		return event;
	}

	private void record(long structure, String type, long invoice, String number, InvoiceStatus status,
			Optional<String> comment, Instant at) {
		if (this.technicalAccounts.countByStructureId(structure) == 0) {
			return;
		}
		long event = this.jdbc.sql("""
				insert into api_event (structure_id, type, invoice_id, invoice_number, status, comment, at)
				values (:structure, :type, :invoice, :number, :status, :comment, :at) returning id""")
			.param("structure", structure)
			.param("type", type)
			.param("invoice", invoice)
			.param("number", number)
			.param("status", status.name())
			.param("comment", comment.orElse(null))
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into api_delivery (event_id, webhook_id, next_attempt_at)
				select :event, id, :now from api_webhook where structure_id = :structure""")
			.param("event", event)
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("structure", structure)
			.update();
	}

	private Optional<StructureId> recipient(String siret) {
		try {
			return this.structures.find(StructureIdentifier.of(new Siret(siret))).map(view -> view.id());
		}
		catch (InvalidIdentifier ex) {
			return Optional.empty();
		}
	}

}
