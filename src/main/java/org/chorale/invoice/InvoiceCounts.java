package org.chorale.invoice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many invoices each recipient and each supplier has at each status, kept beside the
 * invoices in the same transactions: integration adds a batch's invoices at once, at the
 * end of its transaction (so that the deposit workers hold a recipient's count row only
 * for a moment), and each status change moves one.
 */
@Repository
class InvoiceCounts {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	InvoiceCounts(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A recipient or a validator (by SIRET), or a supplier (by structure id). */
	record Party(char kind, String party) {

		static Party recipient(String siret) {
			return new Party('R', siret);
		}

		static Party supplier(long structure) {
			return new Party('S', String.valueOf(structure));
		}

		static Party validator(String siret) {
			return new Party('V', siret);
		}

	}

	/** Adds these many invoices at this status to each party, in one statement. */
	void add(Map<Party, Integer> counts, InvoiceStatus status) {
		if (counts.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey((a, b) -> (a.kind() != b.kind()) ? Character.compare(a.kind(), b.kind())
					: a.party().compareTo(b.party())))
			.forEach(c -> rows.add(new Object[] { String.valueOf(c.getKey().kind()), c.getKey().party(), status.name(),
					c.getValue() }));
		this.template.batchUpdate("""
				insert into invoice_count (party_kind, party, status, count) values (?, ?, ?, ?)
				on conflict (party_kind, party, status) do update set count = invoice_count.count + excluded.count""",
				rows);
	}

	/** One invoice of these parties moved from a status to another. */
	void move(List<Party> parties, InvoiceStatus from, InvoiceStatus to) {
		for (Party party : parties) {
			add(Map.of(party, -1), from);
			add(Map.of(party, 1), to);
		}
	}

	Map<InvoiceStatus, Integer> of(Party party) {
		Map<InvoiceStatus, Integer> counts = new EnumMap<>(InvoiceStatus.class);
		this.jdbc.sql("""
				select status, count from invoice_count where party_kind = :kind and party = :party and count > 0""")
			.param("kind", String.valueOf(party.kind()))
			.param("party", party.party())
			.query((rs, n) -> Map.entry(InvoiceStatus.valueOf(rs.getString(1)), rs.getInt(2)))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/** How many of the party's invoices are at one of these statuses. */
	long total(Party party, Set<InvoiceStatus> statuses) {
		return of(party).entrySet()
			.stream()
			.filter(count -> statuses.contains(count.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	/** Counts every party again from the invoices themselves (after a bulk load). */
	void recount() {
		this.jdbc.sql("truncate invoice_count").update();
		this.jdbc.sql("""
				insert into invoice_count (party_kind, party, status, count)
				select 'R', recipient, status, count(*) from invoice
				where status not in ('A_VALIDER_1', 'REFUSEE_1') group by recipient, status
				union all
				select 'S', supplier_id::text, status, count(*) from invoice group by supplier_id, status
				union all
				select 'V', validator, status, count(*) from invoice where validator is not null
				group by validator, status""").update();
	}

}
