package org.chorale.invoice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.chorale.directory.RoutingDecision.Destination;
import org.chorale.invoice.format.InvoiceData;
import org.chorale.invoice.validation.Finding;
import org.chorale.invoice.validation.ValidationReport;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deposited files still waiting are the work queue: {@link #claim(int)} locks some
 * with SKIP LOCKED, so nodes sharing the database never take the same file, and a node
 * that dies mid-file releases it with its transaction.
 */
@Repository
class DepositQueue {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	DepositQueue(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Up to {@code max} waiting files, oldest deposit first, locked until the caller's
	 * transaction ends.
	 */
	List<Claim> claim(int max) {
		return this.jdbc
			.sql("""
					select f.deposit_id, f.position, f.file_name, f.sha256, d.structure_id, d.supplier_type, d.supplier,
					       f.form_sha256, d.supplier_name, f.validator, d.channel, f.entry, f.reserved_invoice_id, d.deposited_at
					from deposit_file f join deposit d on d.id = f.deposit_id
					where f.state = 'EN_ATTENTE'
					order by f.deposit_id, f.position
					limit :max
					for update of f skip locked""")
			.param("max", max)
			.query((rs, n) -> new Claim(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					new StructureIdentifier(IdentifierType.valueOf(rs.getString(6)), rs.getString(7)), rs.getString(9),
					Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(10)),
					DepositChannel.valueOf(rs.getString(11)), rs.getBoolean(12),
					Optional.ofNullable(rs.getObject(13, Long.class)), rs.getTimestamp(14).toInstant()))
			.list();
	}

	/** Each processed file's outcome and findings, in two statements. */
	void record(List<Outcome> outcomes, Instant at) {
		List<Object[]> findings = new ArrayList<>();
		for (Outcome o : outcomes) {
			List<Finding> found = o.report().findings();
			for (int i = 0; i < found.size(); i++) {
				Finding f = found.get(i);
				findings.add(new Object[] { o.claim().deposit(), o.claim().position(), i + 1, f.rule(),
						f.severity().name(), f.term().orElse(null), f.location().orElse(null), f.fr(), f.en() });
			}
		}
		this.jdbc
			.sql("""
					update deposit_file f set state = o.state, verdict = o.verdict, syntax = o.syntax, rule_set = o.rule_set,
					                          invoice_id = o.invoice, processed_at = :at
					from unnest(cast(:deposits as bigint[]), cast(:positions as int[]), cast(:states as text[]),
					            cast(:verdicts as text[]), cast(:syntaxes as text[]), cast(:ruleSets as text[]),
					            cast(:invoices as bigint[]))
					     as o(deposit, position, state, verdict, syntax, rule_set, invoice)
					where f.deposit_id = o.deposit and f.position = o.position""")
			.param("deposits", Outcome.column(outcomes, o -> o.claim().deposit(), Long[]::new))
			.param("positions", Outcome.column(outcomes, o -> o.claim().position(), Integer[]::new))
			.param("states",
					Outcome.column(outcomes, o -> o.integrated() ? Deposits.INTEGRATED : Deposits.REJECTED,
							String[]::new))
			.param("verdicts", Outcome.column(outcomes, o -> o.report().verdict().name(), String[]::new))
			.param("syntaxes",
					Outcome.column(outcomes, o -> o.report().syntax().map(Enum::name).orElse(null), String[]::new))
			.param("ruleSets", Outcome.column(outcomes, o -> o.report().ruleSet().orElse(null), String[]::new))
			.param("invoices", Outcome.column(outcomes, o -> o.invoice().orElse(null), Long[]::new))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		if (!findings.isEmpty()) {
			this.template.batchUpdate("""
					insert into deposit_finding (deposit_id, position, rank, rule, severity, term, location, message_fr,
					                             message_en)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings);
		}
	}

	/**
	 * Counts more processed files of each deposit and moves their statuses on, in two
	 * statements whatever the number of deposits.
	 * @return the deposits now finished
	 */
	List<Long> advance(List<Progress> progress, Instant at) {
		List<Counted> counted = this.jdbc.sql("""
				update deposit d set processed_count = d.processed_count + p.processed,
				                     integrated_count = d.integrated_count + p.integrated
				from unnest(:deposits, :processed, :integrated) as p(deposit, processed, integrated)
				where d.id = p.deposit
				returning d.id, d.processed_count, d.integrated_count, d.invoice_count""")
			.param("deposits", progress.stream().map(Progress::deposit).toArray(Long[]::new))
			.param("processed", progress.stream().map(Progress::processed).toArray(Integer[]::new))
			.param("integrated", progress.stream().map(Progress::integrated).toArray(Integer[]::new))
			.query((rs, n) -> new Counted(rs.getLong(1), DepositStatus.after(rs.getInt(2), rs.getInt(3), rs.getInt(4))))
			.list();
		List<Long> finished = counted.stream().filter(c -> c.status().finished()).map(Counted::deposit).toList();
		this.jdbc
			.sql("""
					update deposit d set status = s.status, finished_at = case when s.finished then cast(:at as timestamptz) end
					from unnest(cast(:deposits as bigint[]), cast(:statuses as text[]), cast(:finished as boolean[]))
					     as s(deposit, status, finished)
					where d.id = s.deposit""")
			.param("deposits", counted.stream().map(Counted::deposit).toArray(Long[]::new))
			.param("statuses", counted.stream().map(c -> c.status().name()).toArray(String[]::new))
			.param("finished", counted.stream().map(c -> c.status().finished()).toArray(Boolean[]::new))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		return finished;
	}

	/** A deposit's status once its newly processed files are counted. */
	private record Counted(long deposit, DepositStatus status) {

	}

	/** Files of a deposit just processed, and how many of them were integrated. */
	record Progress(long deposit, int processed, int integrated) {

	}

	/**
	 * A waiting file this transaction holds.
	 *
	 * @param structure the depositing supplier
	 * @param supplier its identifier
	 * @param supplierName its name on the platform
	 * @param form the CII of a plain PDF's form, which is validated in the PDF's stead
	 * @param validator the SIRET of the structure that validates a subcontractor's or
	 * co-contractor's invoice
	 * @param entry whether it is an invoice submitted as data (JSON), which the
	 * processing writes as Factur-X first
	 * @param reservedInvoice the id that invoice was answered with
	 * @param deposited when its deposit was acknowledged
	 */
	record Claim(long deposit, int position, String fileName, String sha256, long structure,
			StructureIdentifier supplier, String supplierName, Optional<String> form, Optional<String> validator,
			DepositChannel channel, boolean entry, Optional<Long> reservedInvoice, Instant deposited) {

		/** The same file, its original being the Factur-X written from its data. */
		Claim written(String name, String facturX) {
			return new Claim(this.deposit, this.position, name, facturX, this.structure, this.supplier,
					this.supplierName, this.form, this.validator, this.channel, false, this.reservedInvoice,
					this.deposited);
		}

		/**
		 * Whether Chorale wrote the file itself (an entry, on the portal or through the
		 * API): its PDF/A-3 conformance is its writer's, which the tests check with
		 * veraPDF, so it is not checked again for each invoice.
		 */
		boolean writtenByChorale() {
			return this.channel == DepositChannel.SAISIE_PORTAIL || this.channel == DepositChannel.SAISIE_API;
		}

	}

	/**
	 * What became of a claimed file.
	 *
	 * @param integrated whether its invoice passed every rule
	 * @param invoice that invoice's id once recorded
	 */
	record Outcome(Claim claim, boolean integrated, ValidationReport report, Optional<Long> invoice,
			Optional<Destination> destination, Optional<String> validator) {

		/**
		 * The invoice this integrated file brings (its data as the validation read it).
		 */
		InvoiceData data() {
			return this.report.data().orElseThrow();
		}

		/** One value of each outcome, as an array for an {@code unnest} statement. */
		static <T> T[] column(List<Outcome> outcomes, Function<Outcome, ? extends T> value, IntFunction<T[]> array) {
			return outcomes.stream().map(value).toArray(array);
		}

		static Outcome rejected(Claim claim, ValidationReport report) {
			return new Outcome(claim, false, report, Optional.empty(), Optional.empty(), Optional.empty());
		}

	}

}
