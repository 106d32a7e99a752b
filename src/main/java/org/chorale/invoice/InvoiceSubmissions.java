package org.chorale.invoice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.chorale.account.AccountId;
import org.chorale.invoice.format.FacturXWriter;
import org.chorale.invoice.format.InvoiceEntry;
import org.chorale.invoice.format.MinimumCiiWriter;
import org.chorale.shared.Refusal;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;
import org.thymeleaf.ITemplateEngine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Invoices sent as data through the API (soumettreFacture): written as Factur-X like a
 * portal entry (SAISIE_API), or described by their data beside a plain PDF
 * (DEPOT_PDF_API), then deposited like any file, so that validation and routing say the
 * same as for every channel.
 */
@Service
public class InvoiceSubmissions {

	private final InvoiceManagement invoices;

	private final InvoiceEntries entries;

	private final StructureManagement structures;

	private final ITemplateEngine templates;

	private final Clock clock;

	private final PdfDeposits pdfs;

	InvoiceSubmissions(InvoiceManagement invoices, InvoiceEntries entries, StructureManagement structures,
			ITemplateEngine templates, Clock clock, PdfDeposits pdfs) {
		this.pdfs = pdfs;
		this.invoices = invoices;
		this.entries = entries;
		this.structures = structures;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * Writes the invoice as Factur-X and deposits it with its attachments, in one
	 * transaction: its connection, held while the PDF is written, bounds how many are
	 * written at once to the pool's size (measured: 32 at once, unbounded, gave 22
	 * submissions a second instead of 32 on two cores).
	 * @throws Refusal on the entry form's field at fault (number, issueDate, iban,
	 * lines[0].rate...) when the data is incomplete or inconsistent
	 */
	@Transactional
	public DepositReceipt enter(AccountId member, StructureId id, SubmittedInvoice submitted,
			List<Attachment> attachments) {
		StructureView seller = this.structures.structureFor(member, id);
		EntryForm form = submitted.entryForm(this.entries.blank(member, id).sellerVat());
		check(form, form::check);
		form.validator().ifPresent(this.invoices::checkValidator);
		InvoiceEntry entry = form.entry(seller, this.invoices.recipient(form.recipientSiret()));
		byte[] facturX = FacturXWriter.of(entry, this.templates, this.clock.instant());
		return this.invoices.deposit(member, id, DepositChannel.SAISIE_API, InvoiceEntries.fileName(entry), facturX,
				attachments, form.validator());
	}

	/**
	 * Deposits a plain PDF invoice with its data as its form.
	 * @throws Refusal on the PDF form's field at fault when the data is incomplete
	 */
	@Transactional
	public DepositReceipt depositPdf(AccountId member, StructureId id, SubmittedInvoice submitted, Attachment pdf,
			List<Attachment> attachments) {
		if (!"application/pdf".equals(pdf.mediaType())) {
			throw Refusal.of("pdf.not-pdf", pdf.name());
		}
		StructureView seller = this.structures.structureFor(member, id);
		PdfForm form = submitted.pdfForm();
		check(form, form::check);
		byte[] xml = MinimumCiiWriter.write(form.metadata(seller, this.invoices.recipient(form.recipientSiret())));
		return this.invoices.depositPdf(member, id, DepositChannel.DEPOT_PDF_API, pdf.name(), pdf.content(), xml,
				attachments);
	}

	/**
	 * What a plain PDF's text says of its invoice (recipient SIRET, number, date, service
	 * code, commitment, totals), as data to complete before {@link #depositPdf}.
	 * @throws Refusal when it is not a PDF, or is a Factur-X, which goes in as a file
	 */
	public SubmittedInvoice read(AccountId member, StructureId id, Attachment pdf) {
		PdfForm form = this.pdfs.read(member, id, pdf.name(), pdf.content());
		return new SubmittedInvoice(form.recipientSiret(), form.serviceCode(), form.commitmentNumber(), form.cadre(),
				form.number(), form.creditNote(), null, form.issueDate(), null, form.currency(), null, null, null, null,
				List.of(), null, new SubmittedInvoice.Totals(form.totalWithoutVat(), form.totalVat(),
						form.totalWithVat(), form.amountDue()));
	}

	private static void check(Object form, java.util.function.Consumer<Errors> rules) {
		Errors errors = new BeanPropertyBindingResult(form, "invoice");
		rules.accept(errors);
		Optional<FieldError> first = Optional.ofNullable(errors.getFieldError());
		if (first.isPresent()) {
			throw new Refusal(first.get().getField(), first.get().getCode(),
					(first.get().getArguments() == null) ? new Object[0] : first.get().getArguments());
		}
	}

}
