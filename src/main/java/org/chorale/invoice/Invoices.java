package org.chorale.invoice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.chorale.directory.RoutingDecision.Destination;
import org.chorale.invoice.format.InvoiceData;
import org.chorale.invoice.validation.InvoiceRules;
import org.chorale.invoice.validation.Syntax;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invoices that passed validation and routing. */
@Repository
class Invoices {

	/**
	 * Where the status of a just-routed invoice starts; its lifecycle goes on from there.
	 */
	static final String DEPOSITED = "DEPOSEE";

	private final JdbcClient jdbc;

	Invoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the invoice, unless the supplier already has one of this number this year.
	 * @return its id, or empty for a duplicate
	 */
	Optional<Long> add(long supplier, long deposit, int position, InvoiceData invoice, Syntax syntax,
			Destination destination, String originalSha256, Instant at) {
		return this.jdbc
			.sql("""
					insert into invoice (supplier_id, deposit_id, deposit_position, number, year, kind, cadre, issue_date, due_date, currency,
					                     recipient_id, recipient, recipient_name, service_code, commitment_number,
					                     total_without_vat, total_vat, total_with_vat, amount_due, syntax, original_sha256,
					                     status, deposited_at)
					values (:supplier, :deposit, :position, :number, :year, :kind, :cadre, :issueDate, :dueDate, :currency,
					        :recipientId, :recipient, :recipientName, :serviceCode, :commitment,
					        :withoutVat, :vat, :withVat, :due, :syntax, :sha256, :status, :at)
					on conflict (supplier_id, year, number) do nothing
					returning id""")
			.param("supplier", supplier)
			.param("deposit", deposit)
			.param("position", position)
			.param("number", invoice.number().orElseThrow())
			.param("year", invoice.issueDate().orElseThrow().getYear())
			.param("kind", invoice.creditNote() ? "AVOIR" : "FACTURE")
			.param("cadre", InvoiceRules.cadre(invoice))
			.param("issueDate", invoice.issueDate().orElseThrow())
			.param("dueDate", invoice.dueDate().orElse(null))
			.param("currency", invoice.currency().orElseThrow())
			.param("recipientId", destination.recipientId())
			.param("recipient", destination.recipient().value())
			.param("recipientName", destination.name())
			.param("serviceCode", destination.serviceCode().orElse(null))
			.param("commitment", invoice.orderReference().orElse(null))
			.param("withoutVat", invoice.totalWithoutVat().orElse(null))
			.param("vat", invoice.totalVat().orElse(null))
			.param("withVat", invoice.totalWithVat().orElse(null))
			.param("due", invoice.amountDue().orElse(null))
			.param("syntax", syntax.name())
			.param("sha256", originalSha256)
			.param("status", DEPOSITED)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.optional();
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

	record FirstDeposit(String depositNumber, Instant at) {

	}

}
