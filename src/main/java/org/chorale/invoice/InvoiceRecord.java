package org.chorale.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.chorale.invoice.validation.Syntax;

/**
 * An integrated invoice as its pages show it, with its deposit.
 *
 * @param recipient the recipient's SIRET
 * @param kind FACTURE or AVOIR
 * @param formSha256 a plain PDF's form, which validation and routing read
 * @param downloadedAt the recipient's first download
 * @param validator the SIRET of the structure that validates a subcontractor's or
 * co-contractor's invoice
 */
public record InvoiceRecord(long id, long supplierId, String supplierIdentifier, String supplierName, String recipient,
		String recipientName, String number, String kind, String cadre, LocalDate issueDate,
		Optional<LocalDate> dueDate, String currency, Optional<String> serviceCode, Optional<String> commitmentNumber,
		Optional<BigDecimal> totalWithoutVat, Optional<BigDecimal> totalVat, Optional<BigDecimal> totalWithVat,
		Optional<BigDecimal> amountDue, Syntax syntax, String originalSha256, Optional<String> formSha256,
		long depositId, int depositPosition, String depositNumber, Instant depositedAt, InvoiceStatus status,
		Instant statusAt, Optional<Instant> downloadedAt, Optional<String> validator) {

	/** The same invoice, read as at another status. */
	InvoiceRecord withStatus(InvoiceStatus other) {
		return new InvoiceRecord(this.id, this.supplierId, this.supplierIdentifier, this.supplierName, this.recipient,
				this.recipientName, this.number, this.kind, this.cadre, this.issueDate, this.dueDate, this.currency,
				this.serviceCode, this.commitmentNumber, this.totalWithoutVat, this.totalVat, this.totalWithVat,
				this.amountDue, this.syntax, this.originalSha256, this.formSha256, this.depositId, this.depositPosition,
				this.depositNumber, this.depositedAt, other, this.statusAt, this.downloadedAt, this.validator);
	}

	/** Chorus Pro's {@code syntaxeFlux} of the invoice's original. */
	public String syntaxeFlux() {
		return this.syntax.syntaxeFlux();
	}

	public boolean creditNote() {
		return this.kind.equals("AVOIR");
	}

}
