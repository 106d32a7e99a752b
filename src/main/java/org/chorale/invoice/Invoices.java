package org.chorale.invoice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chorale.directory.RoutingDecision.Destination;
import org.chorale.invoice.DepositQueue.Outcome;
import org.chorale.invoice.format.InvoiceData;
import org.chorale.invoice.validation.InvoiceRules;
import org.chorale.invoice.validation.Syntax;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invoices that passed validation and routing. */
@Repository
class Invoices {

	private final JdbcClient jdbc;

	Invoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the invoices a batch of files accepted, in one statement, each unless its
	 * supplier already has one of its number that year (recorded before, or earlier in
	 * the list), and makes them available to their recipients (or validators): DEPOSEE
	 * then the next status, both in their history.
	 * @param accepted the outcomes of files integrated, not yet recorded
	 * @return the id of each invoice recorded, in order; empty for a duplicate
	 */
	List<Optional<Long>> add(List<Outcome> accepted, Instant at) {
		Map<FileKey, Long> ids = new HashMap<>();
		this.jdbc
			.sql("""
					with added as (
					    insert into invoice (id, supplier_id, supplier_identifier, supplier_name, deposit_id, deposit_position,
					                         number, year, kind, cadre, issue_date, due_date, currency, recipient_id, recipient,
					                         recipient_name, service_code, commitment_number, total_without_vat, total_vat,
					                         total_with_vat, amount_due, syntax, original_sha256, status, status_at, deposited_at,
					                         validator)
					    overriding system value
					    select coalesce(n.reserved, nextval(pg_get_serial_sequence('invoice', 'id'))), n.supplier,
					           n.supplier_identifier, n.supplier_name, n.deposit, n.position, n.number, n.year, n.kind, n.cadre,
					           n.issue_date, n.due_date, n.currency, n.recipient_id, n.recipient, n.recipient_name,
					           n.service_code, n.commitment, n.without_vat, n.vat, n.with_vat, n.due, n.syntax, n.sha256,
					           n.status, cast(:at as timestamptz), n.deposited_at, n.validator
					    from unnest(cast(:reserved as bigint[]), cast(:supplier as bigint[]), cast(:supplierIdentifier as text[]),
					                cast(:supplierName as text[]), cast(:deposit as bigint[]), cast(:position as int[]),
					                cast(:number as text[]), cast(:year as int[]), cast(:kind as text[]), cast(:cadre as text[]),
					                cast(:issueDate as date[]), cast(:dueDate as date[]), cast(:currency as text[]),
					                cast(:recipientId as bigint[]), cast(:recipient as text[]), cast(:recipientName as text[]),
					                cast(:serviceCode as text[]), cast(:commitment as text[]), cast(:withoutVat as numeric[]),
					                cast(:vat as numeric[]), cast(:withVat as numeric[]), cast(:due as numeric[]),
					                cast(:syntax as text[]), cast(:sha256 as text[]), cast(:status as text[]),
					                cast(:depositedAt as timestamptz[]), cast(:validator as text[])) with ordinality
					         as n(reserved, supplier, supplier_identifier, supplier_name, deposit, position, number, year, kind,
					              cadre, issue_date, due_date, currency, recipient_id, recipient, recipient_name, service_code,
					              commitment, without_vat, vat, with_vat, due, syntax, sha256, status, deposited_at, validator,
					              rank)
					    order by n.rank
					    on conflict (supplier_id, year, number) do nothing
					    returning id, deposit_id, deposit_position, status, status_at, deposited_at),
					history as (
					    insert into invoice_status_change (invoice_id, rank, status, at)
					    select id, 1, :deposited, deposited_at from added
					    union all
					    select id, 2, status, status_at from added)
					select id, deposit_id, deposit_position from added""")
			.param("reserved", Outcome.column(accepted, a -> a.claim().reservedInvoice().orElse(null), Long[]::new))
			.param("supplier", Outcome.column(accepted, a -> a.claim().structure(), Long[]::new))
			.param("supplierIdentifier", Outcome.column(accepted, a -> a.claim().supplier().value(), String[]::new))
			.param("supplierName", Outcome.column(accepted, a -> a.claim().supplierName(), String[]::new))
			.param("deposit", Outcome.column(accepted, a -> a.claim().deposit(), Long[]::new))
			.param("position", Outcome.column(accepted, a -> a.claim().position(), Integer[]::new))
			.param("number", Outcome.column(accepted, a -> a.data().number().orElseThrow(), String[]::new))
			.param("year", Outcome.column(accepted, a -> a.data().issueDate().orElseThrow().getYear(), Integer[]::new))
			.param("kind", Outcome.column(accepted, a -> a.data().creditNote() ? "AVOIR" : "FACTURE", String[]::new))
			.param("cadre", Outcome.column(accepted, a -> InvoiceRules.cadre(a.data()), String[]::new))
			.param("issueDate",
					Outcome.column(accepted, a -> a.data().issueDate().orElseThrow().toString(), String[]::new))
			.param("dueDate", Outcome.column(accepted, a -> text(a.data().dueDate()), String[]::new))
			.param("currency", Outcome.column(accepted, a -> a.data().currency().orElseThrow(), String[]::new))
			.param("recipientId",
					Outcome.column(accepted, a -> a.destination().orElseThrow().recipientId(), Long[]::new))
			.param("recipient",
					Outcome.column(accepted, a -> a.destination().orElseThrow().recipient().value(), String[]::new))
			.param("recipientName", Outcome.column(accepted, a -> a.destination().orElseThrow().name(), String[]::new))
			.param("serviceCode",
					Outcome.column(accepted, a -> a.destination().orElseThrow().serviceCode().orElse(null),
							String[]::new))
			.param("commitment", Outcome.column(accepted, a -> a.data().orderReference().orElse(null), String[]::new))
			.param("withoutVat", Outcome.column(accepted, a -> text(a.data().totalWithoutVat()), String[]::new))
			.param("vat", Outcome.column(accepted, a -> text(a.data().totalVat()), String[]::new))
			.param("withVat", Outcome.column(accepted, a -> text(a.data().totalWithVat()), String[]::new))
			.param("due", Outcome.column(accepted, a -> text(a.data().amountDue()), String[]::new))
			.param("syntax", Outcome.column(accepted, a -> a.report().syntax().orElseThrow().name(), String[]::new))
			.param("sha256", Outcome.column(accepted, a -> a.claim().sha256(), String[]::new))
			.param("status", Outcome.column(accepted,
					a -> (a.validator().isPresent() ? InvoiceStatus.A_VALIDER_1 : InvoiceStatus.MISE_A_DISPOSITION)
						.name(),
					String[]::new))
			.param("depositedAt", Outcome.column(accepted, a -> a.claim().deposited().toString(), String[]::new))
			.param("validator", Outcome.column(accepted, a -> a.validator().orElse(null), String[]::new))
			.param("deposited", InvoiceStatus.DEPOSEE.name())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query(rs -> {
				ids.put(new FileKey(rs.getLong(2), rs.getInt(3)), rs.getLong(1));
			});
		return accepted.stream()
			.map(a -> Optional.ofNullable(ids.get(new FileKey(a.claim().deposit(), a.claim().position()))))
			.toList();
	}

	/** A date or an amount as PostgreSQL reads it, for an array of them. */
	private static String text(Optional<?> value) {
		return value.map(v -> (v instanceof BigDecimal amount) ? amount.toPlainString() : v.toString()).orElse(null);
	}

	/** A deposited file: its deposit and its place in it. */
	private record FileKey(long deposit, int position) {

	}

	/** The deposit that first brought this invoice number this year, and when. */
	Optional<FirstDeposit> firstDeposit(long supplier, int year, String number) {
		return this.jdbc.sql("""
				select d.number, d.deposited_at from invoice i join deposit d on d.id = i.deposit_id
				where i.supplier_id = :supplier and i.year = :year and i.number = :number""")
			.param("supplier", supplier)
			.param("year", year)
			.param("number", number)
			.query((rs, n) -> new FirstDeposit(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	/** The invoice with what its page needs of its deposit. */
	Optional<InvoiceRecord> find(long id) {
		return this.jdbc.sql("""
				select i.*, d.number as deposit_number, f.form_sha256, f.syntax as file_syntax
				from invoice i join deposit d on d.id = i.deposit_id
				join deposit_file f on f.deposit_id = i.deposit_id and f.position = i.deposit_position
				where i.id = :id""")
			.param("id", id)
			.query((rs, n) -> new InvoiceRecord(rs.getLong("id"), rs.getLong("supplier_id"),
					rs.getString("supplier_identifier"), rs.getString("supplier_name"), rs.getString("recipient"),
					rs.getString("recipient_name"), rs.getString("number"), rs.getString("kind"), rs.getString("cadre"),
					rs.getObject("issue_date", LocalDate.class),
					Optional.ofNullable(rs.getObject("due_date", LocalDate.class)), rs.getString("currency"),
					Optional.ofNullable(rs.getString("service_code")),
					Optional.ofNullable(rs.getString("commitment_number")),
					amount(rs.getBigDecimal("total_without_vat")), amount(rs.getBigDecimal("total_vat")),
					amount(rs.getBigDecimal("total_with_vat")), amount(rs.getBigDecimal("amount_due")),
					Syntax.valueOf(rs.getString("syntax")), rs.getString("original_sha256"),
					Optional.ofNullable(rs.getString("form_sha256")), rs.getLong("deposit_id"),
					rs.getInt("deposit_position"), rs.getString("deposit_number"),
					rs.getTimestamp("deposited_at").toInstant(), InvoiceStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("status_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("downloaded_at")).map(Timestamp::toInstant),
					Optional.ofNullable(rs.getString("validator"))))
			.optional();
	}

	/**
	 * One page of a work list, newest first or in the order asked, after the last row of
	 * the previous page (keyset pagination: as fast on the thousandth page as on the
	 * first).
	 */
	List<InvoiceSummary> list(InvoiceList list) {
		InvoiceList.Query query = list.query();
		return this.jdbc.sql(query.sql()).params(query.parameters()).query(Invoices::summary).list();
	}

	long count(InvoiceList list) {
		InvoiceList.Query query = list.count();
		return this.jdbc.sql(query.sql()).params(query.parameters()).query(Long.class).single();
	}

	List<StatusChange> history(long invoice) {
		return this.jdbc.sql("""
				select status, at, account_id, comment, mandate_number from invoice_status_change
				where invoice_id = :invoice order by rank""")
			.param("invoice", invoice)
			.query((rs, n) -> new StatusChange(InvoiceStatus.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
					Optional.ofNullable(rs.getObject(3, Long.class)), Optional.ofNullable(rs.getString(4)),
					Optional.ofNullable(rs.getString(5))))
			.list();
	}

	/**
	 * Moves the invoice on, if it is still at the status it was read in, and records the
	 * change in its history.
	 * @return whether it moved (false when someone else moved it first)
	 */
	boolean move(long invoice, InvoiceStatus from, StatusChange change) {
		Integer rank = this.jdbc
			.sql("""
					with moved as (
					    update invoice set status = :to, status_at = :at where id = :invoice and status = :from returning id)
					insert into invoice_status_change (invoice_id, rank, status, at, account_id, comment, mandate_number)
					select id, (select max(rank) + 1 from invoice_status_change where invoice_id = :invoice), :to, :at,
					       :account, :comment, :mandate
					from moved
					returning rank""")
			.param("invoice", invoice)
			.param("from", from.name())
			.param("to", change.status().name())
			.param("at", change.at().atOffset(ZoneOffset.UTC))
			.param("account", change.account().orElse(null))
			.param("comment", change.comment().orElse(null))
			.param("mandate", change.mandateNumber().orElse(null))
			.query(Integer.class)
			.optional()
			.orElse(null);
		return rank != null;
	}

	/**
	 * Sends a recycled invoice to the recipient and service the directory now designates,
	 * with the supplier's corrections, if it is still to recycle; made available again.
	 * @return whether it moved
	 */
	boolean reroute(long invoice, Destination destination, Optional<String> commitment, StatusChange change) {
		int rerouted = this.jdbc.sql("""
				update invoice set recipient_id = :recipientId, recipient = :recipient, recipient_name = :recipientName,
				                   service_code = :serviceCode, commitment_number = :commitment, downloaded_at = null
				where id = :invoice and status = :from""")
			.param("recipientId", destination.recipientId())
			.param("recipient", destination.recipient().value())
			.param("recipientName", destination.name())
			.param("serviceCode", destination.serviceCode().orElse(null))
			.param("commitment", commitment.orElse(null))
			.param("invoice", invoice)
			.param("from", InvoiceStatus.A_RECYCLER.name())
			.update();
		return rerouted == 1 && move(invoice, InvoiceStatus.A_RECYCLER, change);
	}

	/** Supporting documents added after the deposit, to complete a suspended invoice. */
	void attach(long invoice, List<AttachmentView> attachments, long account, Instant at) {
		for (AttachmentView attachment : attachments) {
			this.jdbc.sql("""
					insert into invoice_attachment (invoice_id, rank, file_name, media_type, sha256, size, added_at,
					                                account_id)
					select :invoice, coalesce(max(rank), 0) + 1, :name, :mediaType, :sha256, :size, :at, :account
					from invoice_attachment where invoice_id = :invoice""")
				.param("invoice", invoice)
				.param("name", attachment.fileName())
				.param("mediaType", attachment.mediaType())
				.param("sha256", attachment.sha256())
				.param("size", attachment.size())
				.param("at", at.atOffset(ZoneOffset.UTC))
				.param("account", account)
				.update();
		}
	}

	List<AttachmentView> addedAttachments(long invoice) {
		return this.jdbc.sql("""
				select file_name, media_type, sha256, size from invoice_attachment where invoice_id = :invoice
				order by rank""")
			.param("invoice", invoice)
			.query((rs, n) -> new AttachmentView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/**
	 * The supplier read the suspension or rejection (ACQUITTEMENT_SUSPENSION,
	 * ACQUITTEMENT_REJET).
	 */
	void record(long invoice, String action, long account, Instant at) {
		this.jdbc
			.sql("""
					insert into invoice_action (invoice_id, at, action, account_id) values (:invoice, :at, :action, :account)
					on conflict do nothing""")
			.param("invoice", invoice)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("action", action)
			.param("account", account)
			.update();
	}

	/** Whether the supplier acknowledged the invoice's current status. */
	boolean acknowledged(long invoice) {
		return this.jdbc.sql("""
				select exists (select 1 from invoice_action a join invoice i on i.id = a.invoice_id
				               where a.invoice_id = :invoice and a.at >= i.status_at
				                 and a.action like 'ACQUITTEMENT%')""")
			.param("invoice", invoice)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The suppliers' suspended and rejected invoices not acknowledged since their last
	 * status change, oldest first.
	 */
	List<ReturnedInvoice> toAcknowledge(List<Long> suppliers) {
		if (suppliers.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select i.*, (select c.comment from invoice_status_change c where c.invoice_id = i.id
				             order by c.rank desc limit 1) as reason
				from invoice i
				where i.supplier_id in (:suppliers) and i.status in ('SUSPENDUE', 'REJETEE')
				  and not exists (select 1 from invoice_action a where a.invoice_id = i.id and a.at >= i.status_at
				                  and a.action like 'ACQUITTEMENT%')
				order by i.status_at limit 200""")
			.param("suppliers", suppliers)
			.query((rs, n) -> new ReturnedInvoice(summary(rs, n), Optional.ofNullable(rs.getString("reason"))))
			.list();
	}

	/** Invoices waiting for their validator since before this instant. */
	List<Long> toValidateBefore(Instant limit) {
		return this.jdbc.sql("""
				select id from invoice where status = 'A_VALIDER_1' and status_at < :limit
				order by id limit 500 for update skip locked""")
			.param("limit", limit.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.list();
	}

	/**
	 * Records a download of the invoice by its recipient (TELECHARGEMENT_FACTURE) and the
	 * first one on the invoice.
	 */
	void downloaded(long invoice, long account, Instant at) {
		record(invoice, "TELECHARGEMENT_FACTURE", account, at);
		this.jdbc.sql("update invoice set downloaded_at = :at where id = :invoice and downloaded_at is null")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("invoice", invoice)
			.update();
	}

	private static InvoiceSummary summary(ResultSet rs, int row) throws SQLException {
		return new InvoiceSummary(rs.getLong("id"), rs.getLong("supplier_id"), rs.getString("number"),
				rs.getString("kind"), rs.getObject("issue_date", LocalDate.class), rs.getString("supplier_name"),
				rs.getString("supplier_identifier"), rs.getString("recipient_name"), rs.getString("recipient"),
				Optional.ofNullable(rs.getString("service_code")), amount(rs.getBigDecimal("total_with_vat")),
				rs.getString("currency"), InvoiceStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("status_at").toInstant(), rs.getTimestamp("downloaded_at") != null);
	}

	/**
	 * An amount as the invoice wrote it, at least to the cent (stored with six decimals).
	 */
	private static Optional<BigDecimal> amount(BigDecimal stored) {
		return Optional.ofNullable(stored)
			.map(BigDecimal::stripTrailingZeros)
			.map(a -> a.setScale(Math.max(2, a.scale())));
	}

	record FirstDeposit(String depositNumber, Instant at) {

	}

}
