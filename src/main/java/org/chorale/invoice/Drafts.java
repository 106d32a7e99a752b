package org.chorale.invoice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invoices being entered (BROUILLON): each form kept as JSON until it is sent. */
@Repository
class Drafts {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Drafts(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long create(long structure, long account, EntryForm form, Instant at) {
		return this.jdbc.sql("""
				insert into invoice_draft (structure_id, account_id, number, form, updated_at)
				values (:structure, :account, :number, cast(:form as jsonb), :at) returning id""")
			.param("structure", structure)
			.param("account", account)
			.param("number", form.number())
			.param("form", this.json.writeValueAsString(form))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	void update(long structure, long draft, long account, EntryForm form, Instant at) {
		this.jdbc.sql("""
				update invoice_draft set account_id = :account, number = :number, form = cast(:form as jsonb),
				       updated_at = :at
				where id = :draft and structure_id = :structure""")
			.param("account", account)
			.param("number", form.number())
			.param("form", this.json.writeValueAsString(form))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("draft", draft)
			.param("structure", structure)
			.update();
	}

	/** The structure's draft, if it is one of its own. */
	Optional<EntryForm> find(long structure, long draft) {
		return this.jdbc.sql("select form::text from invoice_draft where id = :draft and structure_id = :structure")
			.param("draft", draft)
			.param("structure", structure)
			.query(String.class)
			.optional()
			.map(form -> this.json.readValue(form, EntryForm.class));
	}

	List<DraftView> ofStructure(long structure) {
		return this.jdbc.sql("""
				select id, number, updated_at from invoice_draft where structure_id = :structure
				order by updated_at desc limit 50""")
			.param("structure", structure)
			.query((rs, n) -> new DraftView(rs.getLong(1), Optional.ofNullable(rs.getString(2)),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	void delete(long structure, long draft) {
		this.jdbc.sql("delete from invoice_draft where id = :draft and structure_id = :structure")
			.param("draft", draft)
			.param("structure", structure)
			.update();
	}

	List<AttachmentView> attachments(long draft) {
		return this.jdbc
			.sql("""
					select file_name, media_type, sha256, size from draft_attachment where draft_id = :draft order by rank""")
			.param("draft", draft)
			.query((rs, n) -> new AttachmentView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/** Adds a stored document to the draft's attachments, unless it already has it. */
	void attach(long draft, Attachment attachment, String sha256) {
		this.jdbc.sql("""
				insert into draft_attachment (draft_id, rank, file_name, media_type, sha256, size)
				select :draft, coalesce(max(rank), 0) + 1, :name, :mediaType, :sha256, :size
				from draft_attachment where draft_id = :draft
				having not exists (select 1 from draft_attachment where draft_id = :draft and sha256 = :sha256)""")
			.param("draft", draft)
			.param("name", attachment.name())
			.param("mediaType", attachment.mediaType())
			.param("sha256", sha256)
			.param("size", attachment.content().length)
			.update();
	}

	void detach(long draft, String sha256) {
		this.jdbc.sql("delete from draft_attachment where draft_id = :draft and sha256 = :sha256")
			.param("draft", draft)
			.param("sha256", sha256)
			.update();
	}

	/** A draft in the list the entry page shows. */
	record DraftView(long id, Optional<String> number, Instant updatedAt) {

	}

}
