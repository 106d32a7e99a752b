package org.chorale.sollicitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chorale.account.AccountId;
import org.chorale.shared.Sha256;
import org.chorale.sollicitation.Sollicitation.Addressee;
import org.chorale.sollicitation.Sollicitation.AttachmentInfo;
import org.chorale.sollicitation.Sollicitation.InvoiceRef;
import org.chorale.sollicitation.Sollicitation.Message;
import org.chorale.sollicitation.Sollicitation.NewAttachment;
import org.chorale.sollicitation.Sollicitation.Sender;
import org.chorale.sollicitation.Sollicitation.StatusChange;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests, their threads and files. A request is written as it changed: its row
 * (checked against the version it was read at) and what was added to its thread.
 */
@Repository
class Sollicitations {

	private final JdbcClient jdbc;

	Sollicitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return its id and number
	 */
	Created insert(Sollicitation request) {
		Created created = this.jdbc
			.sql("""
					insert into sollicitation (number, sender_structure_id, sender_name, sender_account_id, addressee_siret,
					                           addressee_name, category, sub_category, subject, status, created_at, updated_at)
					values ('SOL' || lpad(nextval('sollicitation_number_seq')::text, 10, '0'), :structure, :senderName,
					        :account, :siret, :addresseeName, :category, :subCategory, :subject, :status, :created, :updated)
					returning id, number""")
			.param("structure", request.sender().structureId())
			.param("senderName", request.sender().name())
			.param("account", request.sender().account().value())
			.param("siret", request.addressee().map(Addressee::siret).orElse(null))
			.param("addresseeName", request.addressee().map(Addressee::name).orElse(null))
			.param("category", request.category().name())
			.param("subCategory", request.subCategory().name())
			.param("subject", request.subject())
			.param("status", request.status().name())
			.param("created", at(request.createdAt()))
			.param("updated", at(request.updatedAt()))
			.query((rs, n) -> new Created(rs.getLong(1), rs.getString(2)))
			.single();
		for (InvoiceRef invoice : request.invoices()) {
			this.jdbc.sql("insert into sollicitation_invoice values (:id, :invoice, :number)")
				.param("id", created.id())
				.param("invoice", invoice.id())
				.param("number", invoice.number())
				.update();
		}
		writeAdded(created.id(), request);
		return created;
	}

	/**
	 * @throws OptimisticLockingFailureException when someone changed it since it was read
	 */
	void update(Sollicitation request) {
		int updated = this.jdbc.sql("""
				update sollicitation set status = :status, addressee_siret = :siret, addressee_name = :name,
				       assignee_name = :assignee, updated_at = :updated, version = version + 1
				where id = :id and version = :version""")
			.param("status", request.status().name())
			.param("siret", request.addressee().map(Addressee::siret).orElse(null))
			.param("name", request.addressee().map(Addressee::name).orElse(null))
			.param("assignee", request.assignee().orElse(null))
			.param("updated", at(request.updatedAt()))
			.param("id", request.id())
			.param("version", request.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Request " + request.number() + " changed meanwhile");
		}
		writeAdded(request.id(), request);
	}

	private void writeAdded(long id, Sollicitation request) {
		for (Message message : request.added()) {
			long messageId = this.jdbc.sql("""
					insert into sollicitation_message (sollicitation_id, side, author_id, author_name, body, created_at)
					values (:id, :side, :author, :name, :body, :at) returning id""")
				.param("id", id)
				.param("side", message.side().name())
				.param("author", message.authorId())
				.param("name", message.author())
				.param("body", message.body())
				.param("at", at(message.at()))
				.query(Long.class)
				.single();
			for (NewAttachment file : message.files()) {
				this.jdbc.sql("""
						insert into sollicitation_attachment (message_id, file_name, media_type, size, sha256, content)
						values (:message, :name, :type, :size, :sha256, :content)""")
					.param("message", messageId)
					.param("name", file.name())
					.param("type", file.mediaType())
					.param("size", file.content().length)
					.param("sha256", Sha256.hex(file.content()))
					.param("content", file.content())
					.update();
			}
		}
		for (StatusChange change : request.changes()) {
			this.jdbc.sql("""
					insert into sollicitation_status_change (sollicitation_id, rank, status, author_name, at)
					values (:id, (select count(*) + 1 from sollicitation_status_change where sollicitation_id = :id),
					        :status, :author, :at)""")
				.param("id", id)
				.param("status", change.status().name())
				.param("author", change.author())
				.param("at", at(change.at()))
				.update();
		}
	}

	Optional<Sollicitation> find(long id) {
		return this.jdbc.sql("select * from sollicitation where id = :id")
			.param("id", id)
			.query((rs, n) -> read(rs))
			.optional();
	}

	/** One page of a list, newest activity first, with the list's whole count. */
	Page search(Scope scope, SollicitationFilter filter, int offset, int limit) {
		String where = """
				where (%s)
				  and (cast(:status as text) is null or status = :status)
				  and (cast(:category as text) is null or category = :category)
				  and (cast(:pattern as text) is null or number ilike :pattern or subject ilike :pattern
				       or sender_name ilike :pattern or addressee_name ilike :pattern)""".formatted(scope.condition());
		List<SollicitationSummary> rows = bind(this.jdbc.sql("select * from sollicitation " + where
				+ " order by updated_at desc, id desc limit :limit offset :offset"), scope, filter)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> summary(rs))
			.list();
		long total = bind(this.jdbc.sql("select count(*) from sollicitation " + where), scope, filter).query(Long.class)
			.single();
		return new Page(rows, total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Scope scope,
			SollicitationFilter filter) {
		return statement.param("party", scope.party())
			.param("status", (filter.status() == null) ? null : filter.status().name())
			.param("category", (filter.category() == null) ? null : filter.category().name())
			.param("pattern", filter.pattern());
	}

	/** The file, if it belongs to this request. */
	Optional<Document> attachment(long sollicitation, long attachment) {
		return this.jdbc.sql("""
				select a.file_name, a.media_type, a.content from sollicitation_attachment a
				join sollicitation_message m on m.id = a.message_id
				where a.id = :attachment and m.sollicitation_id = :id""")
			.param("attachment", attachment)
			.param("id", sollicitation)
			.query((rs, n) -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private Sollicitation read(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new Sollicitation(id, rs.getString("number"),
				new Sender(rs.getLong("sender_structure_id"), rs.getString("sender_name"),
						new AccountId(rs.getLong("sender_account_id"))),
				addressee(rs), SubCategory.valueOf(rs.getString("sub_category")), rs.getString("subject"),
				SollicitationStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("assignee_name")),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"), invoices(id), messages(id),
				history(id));
	}

	private List<InvoiceRef> invoices(long id) {
		return this.jdbc
			.sql("select invoice_id, number from sollicitation_invoice where sollicitation_id = :id"
					+ " order by number")
			.param("id", id)
			.query((rs, n) -> new InvoiceRef(rs.getLong(1), rs.getString(2)))
			.list();
	}

	private List<Message> messages(long id) {
		Map<Long, List<AttachmentInfo>> files = new HashMap<>();
		this.jdbc.sql("""
				select a.message_id, a.id, a.file_name, a.media_type, a.size from sollicitation_attachment a
				join sollicitation_message m on m.id = a.message_id where m.sollicitation_id = :id order by a.id""")
			.param("id", id)
			.query((ResultSet rs) -> {
				files.computeIfAbsent(rs.getLong(1), m -> new ArrayList<>())
					.add(new AttachmentInfo(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
			});
		return this.jdbc.sql("select * from sollicitation_message where sollicitation_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new Message(rs.getLong("id"), Side.valueOf(rs.getString("side")), rs.getLong("author_id"),
					rs.getString("author_name"), rs.getString("body"), instant(rs, "created_at"),
					files.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private List<StatusChange> history(long id) {
		return this.jdbc.sql("select * from sollicitation_status_change where sollicitation_id = :id order by rank")
			.param("id", id)
			.query((rs, n) -> new StatusChange(SollicitationStatus.valueOf(rs.getString("status")),
					rs.getString("author_name"), instant(rs, "at")))
			.list();
	}

	private static SollicitationSummary summary(ResultSet rs) throws SQLException {
		return new SollicitationSummary(rs.getLong("id"), rs.getString("number"), rs.getString("subject"),
				SubCategory.valueOf(rs.getString("sub_category")), SollicitationStatus.valueOf(rs.getString("status")),
				rs.getString("sender_name"), addressee(rs).map(Addressee::name), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static Optional<Addressee> addressee(ResultSet rs) throws SQLException {
		String siret = rs.getString("addressee_siret");
		return (siret == null) ? Optional.empty() : Optional.of(new Addressee(siret, rs.getString("addressee_name")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** Whose list: a sender structure's, a recipient's (by SIRET), or support's. */
	record Scope(String condition, Object party) {

		static Scope sentBy(long structure) {
			return new Scope("sender_structure_id = cast(:party as bigint)", structure);
		}

		static Scope addressedTo(String siret) {
			return new Scope("addressee_siret = cast(:party as text)", siret);
		}

		static Scope support() {
			return new Scope("addressee_siret is null and cast(:party as text) is null", null);
		}

	}

	record Created(long id, String number) {

	}

	record Page(List<SollicitationSummary> requests, long total) {

	}

	/** A file as downloaded. */
	record Document(String name, String mediaType, byte[] content) {

	}

}
