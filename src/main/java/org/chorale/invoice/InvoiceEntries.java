package org.chorale.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.thymeleaf.ITemplateEngine;

import org.chorale.account.AccountId;
import org.chorale.invoice.Drafts.DraftView;
import org.chorale.invoice.format.EntryTotals;
import org.chorale.invoice.format.FacturXWriter;
import org.chorale.invoice.format.InvoiceEntry;
import org.chorale.invoice.validation.ValidationReport;
import org.chorale.shared.FrenchVatNumber;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.AreaAccess;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices entered on the portal: drafts (BROUILLON) kept until sent, and on sending the
 * Factur-X file Chorale writes, which is then deposited like any other and is the
 * original.
 */
@Service
class InvoiceEntries {

	/** French suppliers' dates: an invoice entered at 00:30 in Paris is of that day. */
	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final InvoiceManagement invoices;

	private final StructureManagement structures;

	private final Drafts drafts;

	private final DocumentStore store;

	private final ITemplateEngine templates;

	private final Clock clock;

	InvoiceEntries(InvoiceManagement invoices, StructureManagement structures, Drafts drafts, DocumentStore store,
			ITemplateEngine templates, Clock clock) {
		this.invoices = invoices;
		this.structures = structures;
		this.drafts = drafts;
		this.store = store;
		this.templates = templates;
		this.clock = clock;
	}

	/** A new form, with the supplier's VAT number worked out from its SIREN. */
	EntryForm blank(AccountId member, StructureId id) {
		AreaAccess area = this.invoices.modifying(member, id);
		return EntryForm.blank(LocalDate.now(this.clock.withZone(PARIS)), proposedVat(area.identifier()));
	}

	/** The VAT number a French supplier's SIREN gives, proposed as its BT-31. */
	static Optional<String> proposedVat(StructureIdentifier supplier) {
		return Optional.of(supplier)
			.filter(identifier -> identifier.type() == IdentifierType.SIRET)
			.map(identifier -> FrenchVatNumber.of(new Siret(identifier.value()).siren()).value());
	}

	@Transactional(readOnly = true)
	List<DraftView> drafts(AccountId member, StructureId id) {
		this.invoices.area(member, id);
		return this.drafts.ofStructure(id.value());
	}

	@Transactional(readOnly = true)
	EntryForm draft(AccountId member, StructureId id, long draft) {
		this.invoices.area(member, id);
		return this.drafts.find(id.value(), draft)
			.orElseThrow(() -> new AccessDeniedException("Draft " + draft + " is not of structure " + id));
	}

	/**
	 * Saves the form as a draft, new or existing, with the attachments added and without
	 * those removed (by SHA-256).
	 */
	@Transactional
	long save(AccountId member, StructureId id, Optional<Long> draft, EntryForm form, List<Attachment> added,
			List<String> removed) {
		this.invoices.modifying(member, id);
		long saved;
		if (draft.isPresent()) {
			draft(member, id, draft.get());
			this.drafts.update(id.value(), draft.get(), member.value(), form, this.clock.instant());
			saved = draft.get();
		}
		else {
			saved = this.drafts.create(id.value(), member.value(), form, this.clock.instant());
		}
		removed.forEach(sha256 -> this.drafts.detach(saved, sha256));
		for (Attachment attachment : added) {
			this.drafts.attach(saved, attachment, this.store.put(attachment.content()).sha256());
		}
		this.invoices.checkTotal(this.drafts.attachments(saved).stream().mapToLong(AttachmentView::size).sum());
		return saved;
	}

	/** The draft's attachments; none for a form not saved yet. */
	@Transactional(readOnly = true)
	List<AttachmentView> attachments(AccountId member, StructureId id, Optional<Long> draft) {
		draft.ifPresent(d -> draft(member, id, d));
		return draft.map(this.drafts::attachments).orElse(List.of());
	}

	/** One attachment of the draft, to check it before sending. */
	@Transactional(readOnly = true)
	byte[] attachment(AccountId member, StructureId id, long draft, String sha256) {
		return attachments(member, id, Optional.of(draft)).stream()
			.filter(a -> a.sha256().equals(sha256))
			.findFirst()
			.map(a -> this.store.get(a.sha256()))
			.orElseThrow(() -> new AccessDeniedException("Document " + sha256 + " is not of draft " + draft));
	}

	/**
	 * The invoice the draft would send, its totals, and what a deposit would say of it.
	 * @throws Refusal when the recipient is not a valid SIRET of the directory
	 */
	Prepared prepare(AccountId member, StructureId id, long draft) {
		EntryForm form = draft(member, id, draft);
		StructureView seller = this.structures.structureFor(member, id);
		InvoiceEntry entry = form.entry(seller, this.invoices.recipient(form.recipientSiret()));
		form.validator().ifPresent(this.invoices::checkValidator);
		byte[] facturX = FacturXWriter.of(entry, this.templates, this.clock.instant());
		ValidationReport report = this.invoices.check(fileName(entry), facturX, Optional.of(seller.identifier()));
		report = report.with(report.data().flatMap(data -> this.invoices.duplicate(id, data)).stream().toList());
		return new Prepared(entry, EntryTotals.of(entry.lines()), report, facturX, this.drafts.attachments(draft));
	}

	/**
	 * Writes the draft as Factur-X, deposits it, and deletes the draft.
	 * @throws Refusal when validation would reject it
	 */
	@Transactional
	DepositReceipt send(AccountId member, StructureId id, long draft) {
		Prepared prepared = prepare(member, id, draft);
		if (!prepared.report().valid()) {
			throw Refusal.of("entry.send.invalid");
		}
		List<Attachment> attachments = this.drafts.attachments(draft).stream().map(this::load).toList();
		DepositReceipt receipt = this.invoices.deposit(member, id, DepositChannel.SAISIE_PORTAIL,
				fileName(prepared.invoice()), prepared.facturX(), attachments, draft(member, id, draft).validator());
		this.drafts.delete(id.value(), draft);
		return receipt;
	}

	private Attachment load(AttachmentView stored) {
		return new Attachment(stored.fileName(), stored.mediaType(), this.store.get(stored.sha256()));
	}

	static String fileName(InvoiceEntry entry) {
		return entry.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
	}

	/** An entered invoice ready to send, as the confirmation page shows it. */
	record Prepared(InvoiceEntry invoice, EntryTotals totals, ValidationReport report, byte[] facturX,
			List<AttachmentView> attachments) {

	}

}
