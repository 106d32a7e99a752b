package org.chorale.invoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chorale.invoice.DocumentStore.StoredDocument;
import org.chorale.invoice.validation.Finding;
import org.chorale.invoice.validation.Severity;
import org.chorale.invoice.validation.ValidationReport;
import org.chorale.invoice.validation.Verdict;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deposits, their files and their findings, as received and as the pages show them;
 * {@link DepositQueue} takes the waiting files.
 */
@Repository
class Deposits {

	static final String WAITING = "EN_ATTENTE";

	static final String INTEGRATED = "INTEGREE";

	static final String REJECTED = "REJETEE";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Deposits(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * @return the deposit's id and number
	 */
	Created create(String numberPrefix, long structure, StructureIdentifier supplier, String supplierName, long account,
			DepositChannel channel, String fileName, StoredDocument original, int files, Instant at) {
		return this.jdbc.sql("""
				insert into deposit (number, structure_id, supplier_type, supplier, supplier_name, account_id, channel,
				                     file_name, sha256, size, status, invoice_count, deposited_at)
				values (:prefix || lpad(nextval('deposit_number_seq')::text, 10, '0'), :structure, :supplierType,
				        :supplier, :supplierName, :account, :channel, :fileName, :sha256, :size, 'IN_RECU', :files, :at)
				returning id, number""")
			.param("prefix", numberPrefix)
			.param("structure", structure)
			.param("supplierType", supplier.type().name())
			.param("supplier", supplier.value())
			.param("supplierName", supplierName)
			.param("account", account)
			.param("channel", channel.name())
			.param("fileName", fileName)
			.param("sha256", original.sha256())
			.param("size", original.size())
			.param("files", files)
			.param("at", timestamp(at))
			.query((rs, n) -> new Created(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** A plain PDF and the CII of its form, as the deposit's one file. */
	void addPdfWithForm(long deposit, String fileName, StoredDocument pdf, StoredDocument form) {
		this.jdbc.sql("""
				insert into deposit_file (deposit_id, position, file_name, sha256, size, form_sha256, state)
				values (:deposit, 1, :fileName, :sha256, :size, :form, 'EN_ATTENTE')""")
			.param("deposit", deposit)
			.param("fileName", fileName)
			.param("sha256", pdf.sha256())
			.param("size", pdf.size())
			.param("form", form.sha256())
			.update();
	}

	/**
	 * @param validator the structure that validates a single file's subcontractor's or
	 * co-contractor's invoice
	 */
	void addFiles(long deposit, List<IncomingFile> files, List<StoredDocument> stored, Optional<Siret> validator) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			rows.add(new Object[] { deposit, i + 1, files.get(i).name(), stored.get(i).sha256(), stored.get(i).size(),
					validator.map(Siret::value).orElse(null) });
		}
		this.template.batchUpdate("""
				insert into deposit_file (deposit_id, position, file_name, sha256, size, state, validator)
				values (?, ?, ?, ?, ?, 'EN_ATTENTE', ?)""", rows);
	}

	/**
	 * An invoice submitted as data, as the deposit's one file, with the invoice id it is
	 * answered with: the next one of the invoices' sequence, reserved now.
	 * @return that id
	 */
	long addEntry(long deposit, String fileName, StoredDocument data, Optional<Siret> validator) {
		return this.jdbc.sql("""
				insert into deposit_file (deposit_id, position, file_name, sha256, size, state, validator, entry,
				                          reserved_invoice_id)
				values (:deposit, 1, :fileName, :sha256, :size, 'EN_ATTENTE', :validator, true,
				        nextval(pg_get_serial_sequence('invoice', 'id')))
				returning reserved_invoice_id""")
			.param("deposit", deposit)
			.param("fileName", fileName)
			.param("sha256", data.sha256())
			.param("size", data.size())
			.param("validator", validator.map(Siret::value).orElse(null))
			.query(Long.class)
			.single();
	}

	void addAttachments(long deposit, int position, List<Attachment> attachments, List<StoredDocument> stored) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < attachments.size(); i++) {
			rows.add(new Object[] { deposit, position, i + 1, attachments.get(i).name(), attachments.get(i).mediaType(),
					stored.get(i).sha256(), stored.get(i).size() });
		}
		this.template.batchUpdate("""
				insert into deposit_attachment (deposit_id, position, rank, file_name, media_type, sha256, size)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** Whether this document is the deposit's upload, one of its files or attachments. */
	boolean holds(long deposit, String sha256) {
		return this.jdbc.sql("""
				select exists (select 1 from deposit where id = :deposit and sha256 = :sha256)
				    or exists (select 1 from deposit_file where deposit_id = :deposit and sha256 = :sha256)
				    or exists (select 1 from deposit_attachment where deposit_id = :deposit and sha256 = :sha256)""")
			.param("deposit", deposit)
			.param("sha256", sha256)
			.query(Boolean.class)
			.single();
	}

	Optional<DepositView> find(long id) {
		return this.jdbc.sql("select * from deposit where id = :id").param("id", id).query(Deposits::view).optional();
	}

	Optional<DepositView> find(String number) {
		return this.jdbc.sql("select * from deposit where number = :number")
			.param("number", number)
			.query(Deposits::view)
			.optional();
	}

	List<DepositView> ofStructure(long structure, int limit, int offset) {
		return this.jdbc
			.sql("select * from deposit where structure_id = :structure order by id desc limit :limit offset :offset")
			.param("structure", structure)
			.param("limit", limit)
			.param("offset", offset)
			.query(Deposits::view)
			.list();
	}

	int countOfStructure(long structure) {
		return this.jdbc.sql("select count(*) from deposit where structure_id = :structure")
			.param("structure", structure)
			.query(Integer.class)
			.single();
	}

	List<DepositFileView> files(long deposit) {
		Map<Integer, List<Finding>> findings = findings(deposit);
		Map<Integer, List<AttachmentView>> attachments = attachments(deposit);
		return this.jdbc.sql("select * from deposit_file where deposit_id = :deposit order by position")
			.param("deposit", deposit)
			.query((rs, n) -> new DepositFileView(rs.getInt("position"), rs.getString("file_name"),
					rs.getString("sha256"), rs.getLong("size"), rs.getString("state"),
					Optional.ofNullable(rs.getString("verdict")).map(Verdict::valueOf),
					Optional.ofNullable(rs.getString("syntax")), Optional.ofNullable(rs.getString("rule_set")),
					Optional.ofNullable(rs.getObject("invoice_id", Long.class)),
					findings.getOrDefault(rs.getInt("position"), List.of()),
					attachments.getOrDefault(rs.getInt("position"), List.of())))
			.list();
	}

	/** The attachments deposited with one invoice file. */
	List<AttachmentView> attachments(long deposit, int position) {
		return attachments(deposit).getOrDefault(position, List.of());
	}

	private Map<Integer, List<AttachmentView>> attachments(long deposit) {
		Map<Integer, List<AttachmentView>> byFile = new HashMap<>();
		this.jdbc.sql("""
				select position, file_name, media_type, sha256, size from deposit_attachment
				where deposit_id = :deposit order by position, rank""")
			.param("deposit", deposit)
			.query((ResultSet rs) -> {
				byFile.computeIfAbsent(rs.getInt(1), p -> new ArrayList<>())
					.add(new AttachmentView(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
			});
		return byFile;
	}

	private Map<Integer, List<Finding>> findings(long deposit) {
		Map<Integer, List<Finding>> byFile = new HashMap<>();
		this.jdbc.sql("select * from deposit_finding where deposit_id = :deposit order by position, rank")
			.param("deposit", deposit)
			.query((ResultSet rs) -> {
				byFile.computeIfAbsent(rs.getInt("position"), p -> new ArrayList<>())
					.add(new Finding(rs.getString("rule"), Severity.valueOf(rs.getString("severity")),
							Optional.ofNullable(rs.getString("term")), Optional.ofNullable(rs.getString("location")),
							rs.getString("message_fr"), rs.getString("message_en")));
			});
		return byFile;
	}

	private static DepositView view(ResultSet rs, int row) throws SQLException {
		return new DepositView(rs.getLong("id"), rs.getString("number"), rs.getLong("structure_id"),
				rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size"),
				DepositStatus.valueOf(rs.getString("status")), rs.getInt("invoice_count"), rs.getInt("processed_count"),
				rs.getInt("integrated_count"), rs.getTimestamp("deposited_at").toInstant(),
				Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant));
	}

	private static java.time.OffsetDateTime timestamp(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	record Created(long id, String number) {

	}

}
