package org.chorale.cpro;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.springframework.scheduling.annotation.Scheduled;
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

	static final int KEPT_DAYS = 30;

	/** An invoice's side for its structure: issued (supplier) or received (recipient). */
	enum Side {

		S, R

	}

	private final JdbcClient jdbc;

	private final StructureManagement structures;

	private final Clock clock;

	/** The statuses of the validation circuit, before the recipient sees the invoice. */
	private static final Set<InvoiceStatus> VALIDATION = EnumSet.of(InvoiceStatus.A_VALIDER_1, InvoiceStatus.VALIDEE_1,
			InvoiceStatus.REFUSEE_1, InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI);

	ApiEvents(JdbcClient jdbc, StructureManagement structures, Clock clock) {
		this.jdbc = jdbc;
		this.structures = structures;
		this.clock = clock;
	}

	@EventListener
	void statusChanged(InvoiceStatusChanged changed) {
		record(changed.supplierStructure(), Side.S, STATUS, changed.invoice(), changed.number(), changed.status(),
				changed.comment(), changed.at());
		if (!VALIDATION.contains(changed.status())) {
			recipient(changed.recipient()).ifPresent(recipient -> record(recipient.value(), Side.R, STATUS,
					changed.invoice(), changed.number(), changed.status(), changed.comment(), changed.at()));
		}
	}

	@EventListener
	void received(InvoicesReceived received) {
		recipient(received.recipient()).ifPresent(recipient -> received.invoices()
			.forEach(invoice -> record(recipient.value(), Side.R, RECEIVED, invoice.id(), invoice.number(),
					InvoiceStatus.MISE_A_DISPOSITION, Optional.empty(), this.clock.instant())));
	}

	/**
	 * The structure's events of these sides not yet acknowledged, oldest first, after
	 * {@code after}.
	 */
	List<Map<String, Object>> pending(StructureId structure, Set<Side> sides, long after, int limit) {
		return this.jdbc.sql("""
				select id, type, invoice_id, invoice_number, status, comment, at from api_event
				where structure_id = :structure and side in (:sides) and acknowledged_at is null and id > :after
				order by id limit :limit""")
			.param("structure", structure.value())
			.param("sides", names(sides))
			.param("after", after)
			.param("limit", limit)
			.query((rs, n) -> payload(rs.getLong("id"), rs.getString("type"), rs.getLong("invoice_id"),
					rs.getString("invoice_number"), rs.getString("status"), rs.getString("comment"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	long pendingCount(StructureId structure, Set<Side> sides) {
		return this.jdbc.sql("""
				select count(*) from api_event
				where structure_id = :structure and side in (:sides) and acknowledged_at is null""")
			.param("structure", structure.value())
			.param("sides", names(sides))
			.query(Long.class)
			.single();
	}

	/** Acknowledges these events of the structure's sides; other ids are ignored. */
	int acknowledge(StructureId structure, Set<Side> sides, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				update api_event set acknowledged_at = :now
				where structure_id = :structure and side in (:sides) and id in (:ids) and acknowledged_at is null""")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("structure", structure.value())
			.param("sides", names(sides))
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

	/** Forgets acknowledged events, and with them their deliveries, every day. */
	@Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT30M")
	void purge() {
		this.jdbc.sql("delete from api_event where acknowledged_at < :limit")
			.param("limit", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusDays(KEPT_DAYS))
			.update();
	}

	/**
	 * Writes the event, and a delivery to each webhook, in one statement: nothing when
	 * the structure has neither a technical user nor a webhook.
	 */
	private void record(long structure, Side side, String type, long invoice, String number, InvoiceStatus status,
			Optional<String> comment, Instant at) {
		this.jdbc.sql("""
				with event as (
				    insert into api_event (structure_id, side, type, invoice_id, invoice_number, status, comment, at)
				    select :structure, :side, :type, :invoice, :number, :status, :comment, :at
				    where exists (select 1 from technical_account where structure_id = :structure)
				       or exists (select 1 from api_webhook where structure_id = :structure)
				    returning id)
				insert into api_delivery (event_id, webhook_id, next_attempt_at)
				select event.id, w.id, :now from event join api_webhook w on w.structure_id = :structure""")
			.param("structure", structure)
			.param("side", side.name())
			.param("type", type)
			.param("invoice", invoice)
			.param("number", number)
			.param("status", status.name())
			.param("comment", comment.orElse(null))
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	private static List<String> names(Set<Side> sides) {
		return sides.stream().map(Enum::name).toList();
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
