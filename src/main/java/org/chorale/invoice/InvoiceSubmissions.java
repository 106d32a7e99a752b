package org.chorale.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chorale.account.AccountId;
import org.chorale.directory.Directory;
import org.chorale.directory.RoutingRequest;
import org.chorale.invoice.format.InvoiceEntry;
import org.chorale.invoice.format.MinimumCiiWriter;
import org.chorale.invoice.validation.Finding;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.AreaAccess;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;
import tools.jackson.databind.json.JsonMapper;

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

	private final StructureManagement structures;

	private final PdfDeposits pdfs;

	private final JsonMapper json;

	private final Directory directory;

	private final Invoices stored;

	InvoiceSubmissions(InvoiceManagement invoices, StructureManagement structures, PdfDeposits pdfs, JsonMapper json,
			Directory directory, Invoices stored) {
		this.directory = directory;
		this.stored = stored;
		this.pdfs = pdfs;
		this.invoices = invoices;
		this.structures = structures;
		this.json = json;
	}

	/**
	 * Deposits the invoice's data, checked as the entry form checks it, with its
	 * attachments: the receipt comes at once with the invoice's id, and the worker writes
	 * the Factur-X (a portal entry's, the invoice's original) and validates it, as it
	 * does every file. Writing the PDF/A-3 is most of the work (23 ms of CPU an invoice),
	 * which a caller does not wait for.
	 * @throws Refusal on the entry form's field at fault (number, issueDate, iban,
	 * lines[0].rate...) when the data is incomplete or inconsistent
	 * @throws SubmissionRejected when the directory refuses its recipient, service or
	 * commitment, or the supplier used its number this year: nothing is deposited
	 */
	@Transactional
	public DepositReceipt enter(AccountId member, StructureId id, SubmittedInvoice submitted,
			List<Attachment> attachments) {
		AreaAccess area = this.invoices.modifying(member, id);
		StructureView seller = area.structure();
		EntryForm form = submitted.entryForm(InvoiceEntries.proposedVat(seller.identifier()).orElse(""));
		check(form, form::check);
		form.validator().ifPresent(this.invoices::checkValidator);
		InvoiceEntry entry = form.entry(seller, this.invoices.recipient(form.recipientSiret()));
		refuseEarly(seller, entry);
		return this.invoices.depositEntry(member, area, DepositChannel.SAISIE_API,
				InvoiceEntries.fileName(entry).replaceAll("\\.pdf$", "") + ".json", this.json.writeValueAsBytes(entry),
				attachments, form.validator());
	}

	/**
	 * The platform's rules that the data alone decides, checked again when the invoice is
	 * processed (another deposit may take its number meanwhile).
	 */
	private void refuseEarly(StructureView seller, InvoiceEntry entry) {
		List<Finding> problems = new ArrayList<>(DepositRules
			.routing(this.directory.route(new RoutingRequest(StructureIdentifier.of(new Siret(entry.buyer().siret())),
					entry.serviceCode(), entry.commitment(), Optional.of(seller.identifier()), entry.issueDate()))));
		this.stored.firstDeposit(seller.id().value(), entry.issueDate().getYear(), entry.number())
			.ifPresent(first -> problems.add(DepositRules.duplicate(entry.number(), first)));
		if (!problems.isEmpty()) {
			throw new SubmissionRejected(problems);
		}
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
