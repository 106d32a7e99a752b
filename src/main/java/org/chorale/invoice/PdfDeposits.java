package org.chorale.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chorale.account.AccountId;
import org.chorale.directory.Directory;
import org.chorale.invoice.format.MinimumCiiWriter;
import org.chorale.invoice.validation.FacturXAttachment;
import org.chorale.invoice.validation.FileType;
import org.chorale.invoice.validation.InvoiceValidator;
import org.chorale.invoice.validation.Unreadable;
import org.chorale.invoice.validation.ValidationReport;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.AreaAccess;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;

import org.springframework.stereotype.Service;

/**
 * "Déposer une facture PDF": a plain PDF is kept as uploaded while its supplier completes
 * the form, pre-filled from its text; on sending, the form is written as Factur-X MINIMUM
 * CII, checked as a deposit would, and deposited with the PDF as the original.
 */
@Service
class PdfDeposits {

	private final InvoiceManagement invoices;

	private final StructureManagement structures;

	private final Directory directory;

	private final InvoiceValidator validator;

	private final DocumentStore store;

	private final Clock clock;

	PdfDeposits(InvoiceManagement invoices, StructureManagement structures, Directory directory,
			InvoiceValidator validator, DocumentStore store, Clock clock) {
		this.invoices = invoices;
		this.structures = structures;
		this.directory = directory;
		this.validator = validator;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Keeps the PDF and reads what it can of it; a Factur-X PDF is no plain PDF and is
	 * deposited as a structured file straight away.
	 */
	Held hold(AccountId member, StructureId id, String fileName, byte[] pdf) {
		AreaAccess area = this.invoices.modifying(member, id);
		if (FileType.of(pdf) != FileType.PDF) {
			throw Refusal.of("pdf.not-pdf", fileName);
		}
		if (facturX(pdf)) {
			return new Held(fileName, "",
					Optional.of(this.invoices.deposit(member, id, DepositChannel.UPLOAD_PORTAIL, fileName, pdf)),
					blankForm());
		}
		this.invoices.checkSize(fileName, pdf);
		String sha256 = this.store.put(pdf).sha256();
		return new Held(fileName, sha256, Optional.empty(), prefill(PdfText.of(pdf), area.identifier()));
	}

	/**
	 * What the PDF's text says of the invoice, for the API's deposerPDFFacture; nothing
	 * is kept.
	 * @throws Refusal when it is not a PDF, or is a Factur-X, which goes in as a file
	 */
	PdfForm read(AccountId member, StructureId id, String fileName, byte[] pdf) {
		AreaAccess area = this.invoices.modifying(member, id);
		if (FileType.of(pdf) != FileType.PDF) {
			throw Refusal.of("pdf.not-pdf", fileName);
		}
		if (facturX(pdf)) {
			throw Refusal.of("pdf.facturx-as-file", fileName);
		}
		return prefill(PdfText.of(pdf), area.identifier());
	}

	/**
	 * The held PDF with these attachments added, kept in the document store, and those
	 * named (by SHA-256) removed.
	 * @throws Refusal when an attachment is refused or they are too much together
	 */
	Pending attach(Pending held, List<Attachment> added, List<String> removed) {
		List<AttachmentView> attachments = new ArrayList<>(held.attachments());
		attachments.removeIf(a -> removed.contains(a.sha256()));
		for (Attachment attachment : added) {
			String sha256 = this.store.put(attachment.content()).sha256();
			if (attachments.stream().noneMatch(a -> a.sha256().equals(sha256))) {
				attachments.add(new AttachmentView(attachment.name(), attachment.mediaType(), sha256,
						attachment.content().length));
			}
		}
		this.invoices.checkTotal(attachments.stream().mapToLong(AttachmentView::size).sum());
		return new Pending(held.fileName(), held.sha256(), attachments);
	}

	/**
	 * Deposits the held PDF with its form and attachments.
	 * @throws InvalidForm with the report when a deposit would be rejected
	 */
	DepositReceipt send(AccountId member, StructureId id, Pending held, PdfForm form) {
		StructureView seller = this.structures.structureFor(member, id);
		byte[] xml = MinimumCiiWriter.write(form.metadata(seller, this.invoices.recipient(form.recipientSiret())));
		ValidationReport report = this.invoices.withDepositRules(
				this.validator.validateMetadata(held.fileName(), xml, LocalDate.now(this.clock)),
				Optional.of(seller.identifier()));
		report = report.with(report.data().flatMap(data -> this.invoices.duplicate(id, data)).stream().toList());
		if (!report.valid()) {
			throw new InvalidForm(report);
		}
		List<Attachment> attachments = held.attachments()
			.stream()
			.map(a -> new Attachment(a.fileName(), a.mediaType(), this.store.get(a.sha256())))
			.toList();
		return this.invoices.depositPdf(member, id, held.fileName(), this.store.get(held.sha256()), xml, attachments);
	}

	private static boolean facturX(byte[] pdf) {
		try {
			return FacturXAttachment.extract(pdf).isPresent();
		}
		catch (Unreadable ex) {
			throw Refusal.of("pdf.unreadable", ex.getMessage());
		}
	}

	/**
	 * The recipient is the first SIRET of the PDF that is in the directory and not the
	 * supplier's.
	 */
	private PdfForm prefill(PdfText text, StructureIdentifier supplier) {
		List<String> sirets = text.sirets().stream().filter(siret -> !siret.equals(supplier.value())).toList();
		String recipient = sirets.stream()
			.filter(siret -> this.directory.recipient(StructureIdentifier.of(new Siret(siret))).isPresent())
			.findFirst()
			.orElse(sirets.isEmpty() ? "" : sirets.get(0));
		return new PdfForm(recipient, text.serviceCode().orElse(""), text.commitment().orElse(""), "A1",
				text.number().orElse(""), false, text.date().orElse(LocalDate.now(this.clock)), "EUR",
				text.amount("total\\s*HT", "montant\\s*HT").orElse(null),
				text.amount("total\\s*TVA", "montant\\s*(?:de\\s*la\\s*)?TVA").orElse(null),
				text.amount("total\\s*TTC", "montant\\s*TTC").orElse(null),
				text.amount("net\\s*[àa]\\s*payer", "montant\\s*d[ûu]", "total\\s*TTC").orElse(null));
	}

	private static PdfForm blankForm() {
		return new PdfForm("", "", "", "A1", "", false, null, "EUR", null, null, null, null);
	}

	/**
	 * A PDF kept for its form. {@code deposited} is set when it was Factur-X and went in
	 * as a file.
	 */
	record Held(String fileName, String sha256, Optional<DepositReceipt> deposited, PdfForm prefilled) {

		Pending pending() {
			return new Pending(this.fileName, this.sha256, List.of());
		}

	}

	/**
	 * What the session remembers of a held PDF while its form is being completed: the PDF
	 * and the attachments already chosen, all in the document store.
	 */
	record Pending(String fileName, String sha256, List<AttachmentView> attachments) implements java.io.Serializable {

		Pending {
			attachments = List.copyOf(attachments);
		}

	}

	/** A form whose invoice a deposit would reject, with the findings why. */
	static class InvalidForm extends RuntimeException {

		private final transient ValidationReport report;

		InvalidForm(ValidationReport report) {
			super("The PDF's form breaks validation rules", null, false, false);
			this.report = report;
		}

		ValidationReport report() {
			return this.report;
		}

	}

}
