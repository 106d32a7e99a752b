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

	private final ITemplateEngine templates;

	private final Clock clock;

	InvoiceEntries(InvoiceManagement invoices, StructureManagement structures, Drafts drafts, ITemplateEngine templates,
			Clock clock) {
		this.invoices = invoices;
		this.structures = structures;
		this.drafts = drafts;
		this.templates = templates;
		this.clock = clock;
	}

	/** A new form, with the supplier's VAT number worked out from its SIREN. */
	EntryForm blank(AccountId member, StructureId id) {
		AreaAccess area = this.invoices.modifying(member, id);
		Optional<String> vat = Optional.of(area.identifier())
			.filter(identifier -> identifier.type() == IdentifierType.SIRET)
			.map(identifier -> FrenchVatNumber.of(new Siret(identifier.value()).siren()).value());
		return EntryForm.blank(LocalDate.now(this.clock.withZone(PARIS)), vat);
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

	/** Saves the form as a draft, new or existing. */
	@Transactional
	long save(AccountId member, StructureId id, Optional<Long> draft, EntryForm form) {
		this.invoices.modifying(member, id);
		if (draft.isPresent()) {
			draft(member, id, draft.get());
			this.drafts.update(id.value(), draft.get(), member.value(), form, this.clock.instant());
			return draft.get();
		}
		return this.drafts.create(id.value(), member.value(), form, this.clock.instant());
	}

	/**
	 * The invoice the draft would send, its totals, and what a deposit would say of it.
	 * @throws Refusal when the recipient is not a valid SIRET of the directory
	 */
	Prepared prepare(AccountId member, StructureId id, long draft) {
		EntryForm form = draft(member, id, draft);
		StructureView seller = this.structures.structureFor(member, id);
		InvoiceEntry entry = form.entry(seller, this.invoices.recipient(form.recipientSiret()));
		byte[] facturX = FacturXWriter.of(entry, this.templates, this.clock.instant());
		ValidationReport report = this.invoices.check(fileName(entry), facturX, Optional.of(seller.identifier()));
		return new Prepared(entry, EntryTotals.of(entry.lines()), report, facturX);
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
		DepositReceipt receipt = this.invoices.deposit(member, id, DepositChannel.SAISIE_PORTAIL,
				fileName(prepared.invoice()), prepared.facturX());
		this.drafts.delete(id.value(), draft);
		return receipt;
	}

	private static String fileName(InvoiceEntry entry) {
		return entry.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
	}

	/** An entered invoice ready to send, as the confirmation page shows it. */
	record Prepared(InvoiceEntry invoice, EntryTotals totals, ValidationReport report, byte[] facturX) {

	}

}
