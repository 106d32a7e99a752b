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
import org.chorale.shared.StructureIdentifier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deposit tables. The files still waiting form the work queue: {@link #claim(int)}
 * locks them with SKIP LOCKED, so nodes sharing the database never take the same file,
 * and a node that dies mid-file releases it with its transaction.
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
	Created create(String numberPrefix, long structure, StructureIdentifier supplier, long account,
			DepositChannel channel, String fileName, StoredDocument original, int files, Instant at) {
		return this.jdbc.sql("""
				insert into deposit (number, structure_id, supplier_type, supplier, account_id, channel, file_name,
				                     sha256, size, status, invoice_count, deposited_at)
				values (:prefix || lpad(nextval('deposit_number_seq')::text, 10, '0'), :structure, :supplierType,
				        :supplier, :account, :channel, :fileName, :sha256, :size, 'IN_RECU', :files, :at)
				returning id, number""")
			.param("prefix", numberPrefix)
			.param("structure", structure)
			.param("supplierType", supplier.type().name())
			.param("supplier", supplier.value())
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

	void addFiles(long deposit, List<IncomingFile> files, List<StoredDocument> stored) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			rows.add(
					new Object[] { deposit, i + 1, files.get(i).name(), stored.get(i).sha256(), stored.get(i).size() });
		}
		this.template.batchUpdate("""
				insert into deposit_file (deposit_id, position, file_name, sha256, size, state)
				values (?, ?, ?, ?, ?, 'EN_ATTENTE')""", rows);
	}

	/**
	 * Up to {@code max} waiting files, oldest deposit first, locked until the caller's
	 * transaction ends.
	 */
	List<Claim> claim(int max) {
		return this.jdbc.sql("""
				select f.deposit_id, f.position, f.file_name, f.sha256, d.structure_id, d.supplier_type, d.supplier
				from deposit_file f join deposit d on d.id = f.deposit_id
				where f.state = 'EN_ATTENTE'
				order by f.deposit_id, f.position
				limit :max
				for update of f skip locked""")
			.param("max", max)
			.query((rs, n) -> new Claim(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					new StructureIdentifier(IdentifierType.valueOf(rs.getString(6)), rs.getString(7))))
			.list();
	}

	/** Each processed file's outcome and findings, in two batched statements. */
	void record(List<Outcome> outcomes, Instant at) {
		List<Object[]> files = new ArrayList<>();
		List<Object[]> findings = new ArrayList<>();
		for (Outcome o : outcomes) {
			ValidationReport report = o.report();
			files.add(new Object[] { o.integrated() ? INTEGRATED : REJECTED, report.verdict().name(),
					report.syntax().map(Enum::name).orElse(null), report.ruleSet().orElse(null),
					o.invoice().orElse(null), timestamp(at), o.claim().deposit(), o.claim().position() });
			for (int i = 0; i < report.findings().size(); i++) {
				Finding f = report.findings().get(i);
				findings.add(new Object[] { o.claim().deposit(), o.claim().position(), i + 1, f.rule(),
						f.severity().name(), f.term().orElse(null), f.location().orElse(null), f.fr(), f.en() });
			}
		}
		this.template.batchUpdate(
				"""
						update deposit_file set state = ?, verdict = ?, syntax = ?, rule_set = ?, invoice_id = ?, processed_at = ?
						where deposit_id = ? and position = ?""",
				files);
		if (!findings.isEmpty()) {
			this.template.batchUpdate("""
					insert into deposit_finding (deposit_id, position, rank, rule, severity, term, location, message_fr,
					                             message_en)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings);
		}
	}

	/** Counts more processed files of a deposit and moves its status on. */
	DepositStatus advance(long deposit, int processed, int integrated, Instant at) {
		int[] counts = this.jdbc.sql("""
				update deposit set processed_count = processed_count + :processed,
				                   integrated_count = integrated_count + :integrated
				where id = :deposit
				returning processed_count, integrated_count, invoice_count""")
			.param("processed", processed)
			.param("integrated", integrated)
			.param("deposit", deposit)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) })
			.single();
		DepositStatus status = DepositStatus.after(counts[0], counts[1], counts[2]);
		this.jdbc.sql("update deposit set status = :status, finished_at = :finished where id = :deposit")
			.param("status", status.name())
			.param("finished", status.finished() ? timestamp(at) : null)
			.param("deposit", deposit)
			.update();
		return status;
	}

	Optional<DepositView> find(long id) {
		return this.jdbc.sql("select * from deposit where id = :id").param("id", id).query(Deposits::view).optional();
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
		return this.jdbc.sql("select * from deposit_file where deposit_id = :deposit order by position")
			.param("deposit", deposit)
			.query((rs, n) -> new DepositFileView(rs.getInt("position"), rs.getString("file_name"),
					rs.getString("sha256"), rs.getLong("size"), rs.getString("state"),
					Optional.ofNullable(rs.getString("verdict")).map(Verdict::valueOf),
					Optional.ofNullable(rs.getString("syntax")), Optional.ofNullable(rs.getString("rule_set")),
					Optional.ofNullable(rs.getObject("invoice_id", Long.class)),
					findings.getOrDefault(rs.getInt("position"), List.of())))
			.list();
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

	/**
	 * A waiting file this transaction holds.
	 *
	 * @param structure the depositing supplier
	 * @param supplier its identifier
	 */
	record Claim(long deposit, int position, String fileName, String sha256, long structure,
			StructureIdentifier supplier) {

	}

	/** What became of a claimed file. */
	record Outcome(Claim claim, boolean integrated, ValidationReport report, Optional<Long> invoice) {

	}

	record Created(long id, String number) {

	}

}
