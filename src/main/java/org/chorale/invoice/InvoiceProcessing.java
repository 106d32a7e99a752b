package org.chorale.invoice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.account.Person;
import org.chorale.invoice.InvoiceStatus.Actor;
import org.chorale.invoice.format.InvoiceDetails;
import org.chorale.directory.Directory;
import org.chorale.directory.RoutingDecision;
import org.chorale.directory.RoutingProblem;
import org.chorale.directory.RoutingRequest;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.AccessRight;
import org.chorale.structure.MembershipStatus;
import org.chorale.structure.AreaAccess;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.WorkArea;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices after their deposit: the recipient's "Factures reçues", where they are
 * processed through Chorus Pro's statuses, and the supplier's "Factures émises", where
 * each shows its history. A person sees only the invoices of structures they belong to,
 * in work areas they are authorized for, and acts only with the modification right.
 */
@Service
public class InvoiceProcessing {

	public static final int PAGE_SIZE = 50;

	/** Chorus Pro's delay after which a supplier must acknowledge a return. */
	public static final java.time.Duration ACKNOWLEDGE_WITHIN = java.time.Duration.ofDays(7);

	/**
	 * The validator's delay for a subcontractor's or co-contractor's invoice, then tacit.
	 */
	public static final java.time.Duration VALIDATE_WITHIN = java.time.Duration.ofDays(15);

	private final Invoices invoices;

	private final InvoiceCounts counts;

	private final Directory directory;

	private final Deposits deposits;

	private final DocumentStore store;

	private final StructureManagement structures;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvoiceProcessing(Invoices invoices, InvoiceCounts counts, Directory directory, Deposits deposits,
			DocumentStore store, StructureManagement structures, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.invoices = invoices;
		this.counts = counts;
		this.directory = directory;
		this.deposits = deposits;
		this.store = store;
		this.structures = structures;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** One page of the recipient's invoices, with the counts per status. */
	@Transactional(readOnly = true)
	public WorkList received(AccountId member, StructureId id, InvoiceFilter filter, Optional<String> after) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_RECUES);
		return page(area, InvoiceList.received(area.identifier().value(), filter,
				InvoiceList.Cursor.parse(after.orElse(null)), PAGE_SIZE));
	}

	/** One page of the supplier's invoices, with the counts per status. */
	@Transactional(readOnly = true)
	public WorkList issued(AccountId member, StructureId id, InvoiceFilter filter, Optional<String> after) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_EMISES);
		return page(area,
				InvoiceList.issued(id.value(), filter, InvoiceList.Cursor.parse(after.orElse(null)), PAGE_SIZE));
	}

	/**
	 * {@code limit} of the recipient's invoices from the {@code offset}-th, with how many
	 * match: the API's numbered pages.
	 */
	@Transactional(readOnly = true)
	public Slice received(AccountId member, StructureId id, InvoiceFilter filter, int offset, int limit) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_RECUES);
		return slice(InvoiceList.received(area.identifier().value(), filter, Optional.empty(), limit), offset);
	}

	/**
	 * {@code limit} of the supplier's invoices from the {@code offset}-th, with how many
	 * match.
	 */
	@Transactional(readOnly = true)
	public Slice issued(AccountId member, StructureId id, InvoiceFilter filter, int offset, int limit) {
		this.structures.access(member, id, WorkArea.FACTURES_EMISES);
		return slice(InvoiceList.issued(id.value(), filter, Optional.empty(), limit), offset);
	}

	/**
	 * {@code limit} of the invoices the structure validates from the {@code offset}-th,
	 * with how many match.
	 */
	@Transactional(readOnly = true)
	public Slice toValidate(AccountId member, StructureId id, InvoiceFilter filter, int offset, int limit) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_A_VALIDER);
		return slice(InvoiceList.toValidate(area.identifier().value(), filter, Optional.empty(), limit), offset);
	}

	/**
	 * The page and how many invoices match: by status alone (or unfiltered), summed from
	 * the counts kept per status rather than counted again over all the party's invoices.
	 */
	private Slice slice(InvoiceList list, int offset) {
		List<InvoiceSummary> rows = this.invoices.list(list.slice(offset, list.size()));
		long total = list.filter()
			.byStatusAlone()
			.map(kept -> this.counts.total(list.owner(), kept))
			.orElseGet(() -> this.invoices.count(list));
		return new Slice(rows.subList(0, Math.min(rows.size(), list.size())), total);
	}

	/**
	 * A received invoice's record, without reading its documents or history: what an
	 * action on it needs to name it.
	 */
	@Transactional(readOnly = true)
	public InvoiceRecord receivedRecord(AccountId member, StructureId id, long invoice) {
		return received(this.structures.access(member, id, WorkArea.FACTURES_RECUES), invoice);
	}

	/** An issued invoice's record, without reading its documents or history. */
	@Transactional(readOnly = true)
	public InvoiceRecord issuedRecord(AccountId member, StructureId id, long invoice) {
		return issued(this.structures.access(member, id, WorkArea.FACTURES_EMISES), invoice);
	}

	/** The record of an invoice to validate, without reading its documents or history. */
	@Transactional(readOnly = true)
	public InvoiceRecord recordToValidate(AccountId member, StructureId id, long invoice) {
		return validated(this.structures.access(member, id, WorkArea.FACTURES_A_VALIDER), invoice);
	}

	/** A received invoice, readable, with its history and what the reader may set. */
	@Transactional(readOnly = true)
	public InvoicePage receivedInvoice(AccountId member, StructureId id, long invoice) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_RECUES);
		InvoiceRecord found = received(area, invoice);
		return page(area, found, area.modify() ? found.status().next(Actor.RECIPIENT) : Set.of(), false);
	}

	/** An issued invoice, readable, with its history. */
	@Transactional(readOnly = true)
	public InvoicePage issuedInvoice(AccountId member, StructureId id, long invoice) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_EMISES);
		InvoiceRecord found = issued(area, invoice);
		boolean toAcknowledge = (found.status() == InvoiceStatus.SUSPENDUE || found.status() == InvoiceStatus.REJETEE)
				&& !this.invoices.acknowledged(invoice);
		return page(area, found, area.modify() ? found.status().next(Actor.SUPPLIER) : Set.of(), toAcknowledge);
	}

	/**
	 * The invoice's original for its recipient; the first download is recorded.
	 */
	@Transactional
	public Document receivedOriginal(AccountId member, StructureId id, long invoice) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_RECUES);
		InvoiceRecord found = received(area, invoice);
		this.invoices.downloaded(invoice, member.value(), this.clock.instant());
		return original(found);
	}

	/** The invoice's original for its supplier. */
	@Transactional(readOnly = true)
	public Document issuedOriginal(AccountId member, StructureId id, long invoice) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_EMISES);
		return original(issued(area, invoice));
	}

	/** One of the invoice's attachments, for either party. */
	@Transactional
	public Document attachment(AccountId member, StructureId id, long invoice, String sha256, boolean recipient) {
		AreaAccess area = this.structures.access(member, id,
				recipient ? WorkArea.FACTURES_RECUES : WorkArea.FACTURES_EMISES);
		InvoiceRecord found = recipient ? received(area, invoice) : issued(area, invoice);
		AttachmentView attachment = java.util.stream.Stream
			.concat(this.deposits.attachments(found.depositId(), found.depositPosition()).stream(),
					this.invoices.addedAttachments(invoice).stream())
			.filter(a -> a.sha256().equals(sha256))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Document " + sha256 + " is not of invoice " + invoice));
		return new Document(attachment.fileName(), this.store.get(sha256));
	}

	/**
	 * The recipient moves the invoice to another status.
	 * @throws Refusal when the status cannot follow the current one, a reason or a
	 * mandate number is missing, or someone else moved it meanwhile
	 */
	@Transactional
	public StatusChange process(AccountId member, StructureId id, long invoice, InvoiceStatus to, String comment,
			String mandateNumber) {
		AreaAccess area = processing(member, id);
		return move(received(area, invoice), to, Actor.RECIPIENT, member, comment, mandateNumber);
	}

	/**
	 * The same status change for each invoice of a selection, each on its own: one that
	 * cannot move is reported, the others move.
	 * @return each invoice's number with its refusal, if it did not move
	 */
	@Transactional
	public List<Outcome> processAll(AccountId member, StructureId id, Collection<Long> invoices, InvoiceStatus to,
			String comment, String mandateNumber) {
		AreaAccess area = processing(member, id);
		List<Outcome> outcomes = new ArrayList<>();
		for (long invoice : invoices) {
			InvoiceRecord found = received(area, invoice);
			try {
				move(found, to, Actor.RECIPIENT, member, comment, mandateNumber);
				outcomes.add(new Outcome(found.number(), Optional.empty()));
			}
			catch (Refusal ex) {
				outcomes.add(new Outcome(found.number(), Optional.of(ex)));
			}
		}
		return outcomes;
	}

	/**
	 * The supplier corrects the recipient data of an invoice to recycle (recipient,
	 * service, commitment), keeping its number; the directory routes it again and it is
	 * made available to its new recipient.
	 * @throws Refusal with the directory's reasons when it still cannot be routed
	 */
	@Transactional
	public StatusChange recycle(AccountId member, StructureId id, long invoice, String recipientSiret,
			String serviceCode, String commitmentNumber) {
		AreaAccess area = returning(member, id);
		InvoiceRecord found = issued(area, invoice);
		if (found.status() != InvoiceStatus.A_RECYCLER) {
			throw Refusal.of("invoice.transition", found.number(), found.status().name(),
					InvoiceStatus.MISE_A_DISPOSITION.name());
		}
		StructureIdentifier recipient;
		try {
			recipient = StructureIdentifier.of(new Siret(recipientSiret == null ? "" : recipientSiret));
		}
		catch (InvalidIdentifier ex) {
			throw new Refusal("recipientSiret", ex.getCodes()[0], ex.getArguments());
		}
		RoutingDecision decision = this.directory.route(new RoutingRequest(recipient, Optional.ofNullable(serviceCode),
				Optional.ofNullable(commitmentNumber), Optional.of(area.identifier()), found.issueDate()));
		if (decision.destination().isEmpty()) {
			RoutingProblem problem = decision.problems().get(0);
			String field = switch (problem.refusal().field()) {
				case RECIPIENT -> "recipientSiret";
				case SERVICE -> "serviceCode";
				case COMMITMENT -> "commitmentNumber";
			};
			throw new Refusal(field, problem.getCodes()[0], problem.getArguments());
		}
		Instant now = this.clock.instant();
		StatusChange change = new StatusChange(InvoiceStatus.MISE_A_DISPOSITION, now, Optional.of(member.value()),
				Optional.of(decision.destination().get().name()
						+ decision.destination().get().serviceCode().map(code -> " / " + code).orElse("")),
				Optional.empty());
		if (!this.invoices.reroute(invoice, decision.destination().get(), text(commitmentNumber), change)) {
			throw Refusal.of("invoice.moved-meanwhile", found.number());
		}
		this.counts.add(Map.of(InvoiceCounts.Party.recipient(found.recipient()), -1), InvoiceStatus.A_RECYCLER);
		this.counts.add(Map.of(InvoiceCounts.Party.recipient(decision.destination().get().recipient().value()), 1),
				InvoiceStatus.MISE_A_DISPOSITION);
		this.counts.move(parties(found).stream().filter(party -> party.kind() != 'R').toList(),
				InvoiceStatus.A_RECYCLER, InvoiceStatus.MISE_A_DISPOSITION);
		this.events.publishEvent(new InvoiceStatusChanged(invoice, found.supplierId(), found.number(),
				decision.destination().get().recipient().value(), decision.destination().get().name(),
				InvoiceStatus.MISE_A_DISPOSITION, now, Optional.empty()));
		return change;
	}

	/**
	 * The supplier completes a suspended invoice with supporting documents; it goes back
	 * to the recipient as COMPLETEE.
	 * @throws Refusal when no document is given or the invoice is not suspended
	 */
	@Transactional
	public StatusChange complete(AccountId member, StructureId id, long invoice, String comment,
			List<Attachment> attachments) {
		AreaAccess area = returning(member, id);
		InvoiceRecord found = issued(area, invoice);
		if (attachments.isEmpty()) {
			throw Refusal.of("invoice.complete.none");
		}
		List<AttachmentView> stored = attachments.stream()
			.map(a -> new AttachmentView(a.name(), a.mediaType(), this.store.put(a.content()).sha256(),
					a.content().length))
			.toList();
		StatusChange change = move(found, InvoiceStatus.COMPLETEE, Actor.SUPPLIER, member, comment, null);
		this.invoices.attach(invoice, stored, member.value(), change.at());
		return change;
	}

	/** The supplier acknowledges the suspension or rejection of these invoices. */
	@Transactional
	public void acknowledge(AccountId member, Collection<Long> invoices) {
		List<Long> suppliers = suppliers(member);
		Instant now = this.clock.instant();
		for (long invoice : invoices) {
			InvoiceRecord found = this.invoices.find(invoice)
				.filter(i -> suppliers.contains(i.supplierId()))
				.orElseThrow(() -> new AccessDeniedException("Invoice " + invoice + " is not the reader's"));
			if (found.status() == InvoiceStatus.SUSPENDUE || found.status() == InvoiceStatus.REJETEE) {
				this.invoices.record(invoice,
						(found.status() == InvoiceStatus.REJETEE) ? "ACQUITTEMENT_REJET" : "ACQUITTEMENT_SUSPENSION",
						member.value(), now);
			}
		}
	}

	/**
	 * The suspended and rejected invoices of the person's supplier structures they have
	 * not acknowledged, oldest first; those older than {@link #ACKNOWLEDGE_WITHIN} must
	 * be acknowledged before anything else.
	 */
	@Transactional(readOnly = true)
	public Acknowledgements toAcknowledge(AccountId member) {
		List<ReturnedInvoice> pending = this.invoices.toAcknowledge(suppliers(member));
		Instant limit = this.clock.instant().minus(ACKNOWLEDGE_WITHIN);
		return new Acknowledgements(pending, pending.stream().anyMatch(i -> i.invoice().statusAt().isBefore(limit)));
	}

	/** The structures where the person may modify "Factures émises". */
	private List<Long> suppliers(AccountId member) {
		return this.structures.memberships(member)
			.stream()
			.filter(m -> m.status() == MembershipStatus.VALIDEE)
			.filter(m -> m.rights().get(WorkArea.FACTURES_EMISES) == AccessRight.MODIFICATION)
			.map(m -> m.structureId().value())
			.toList();
	}

	/**
	 * One page of the invoices a structure validates (subcontractors', co-contractors').
	 */
	@Transactional(readOnly = true)
	public WorkList toValidate(AccountId member, StructureId id, InvoiceFilter filter, Optional<String> after) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_A_VALIDER);
		return page(area, InvoiceList.toValidate(area.identifier().value(), filter,
				InvoiceList.Cursor.parse(after.orElse(null)), PAGE_SIZE));
	}

	/** An invoice to validate, readable, with what the validator may decide. */
	@Transactional(readOnly = true)
	public InvoicePage invoiceToValidate(AccountId member, StructureId id, long invoice) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_A_VALIDER);
		InvoiceRecord found = validated(area, invoice);
		return page(area, found, area.modify() ? found.status().next(Actor.VALIDATOR) : Set.of(), false);
	}

	@Transactional
	public Document originalToValidate(AccountId member, StructureId id, long invoice) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_A_VALIDER);
		return original(validated(area, invoice));
	}

	/**
	 * The validating structure approves the invoice, which goes on to its recipient at
	 * once, or refuses it with a reason, which ends it.
	 * @throws Refusal when it is not to validate or a refusal has no reason
	 */
	@Transactional
	public StatusChange validate(AccountId member, StructureId id, long invoice, InvoiceStatus decision,
			String comment) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_A_VALIDER);
		if (!area.modify()) {
			throw new AccessDeniedException("Consultation only on the invoices structure " + id + " validates");
		}
		InvoiceRecord found = validated(area, invoice);
		StatusChange change = move(found, decision, Actor.VALIDATOR, member, comment, null);
		if (decision == InvoiceStatus.VALIDEE_1) {
			makeAvailable(found.withStatus(InvoiceStatus.VALIDEE_1));
		}
		return change;
	}

	/**
	 * Invoices their validator left unanswered for {@link #VALIDATE_WITHIN}: approved
	 * tacitly (ABSENCE_VALIDATION_1_HORS_DELAI) and made available to their recipient.
	 * @return how many
	 */
	@Transactional
	public int approveTacitly() {
		List<Long> late = this.invoices.toValidateBefore(this.clock.instant().minus(VALIDATE_WITHIN));
		for (long id : late) {
			InvoiceRecord invoice = this.invoices.find(id).orElseThrow();
			StatusChange silence = new StatusChange(InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI, this.clock.instant(),
					Optional.empty(), Optional.empty(), Optional.empty());
			if (this.invoices.move(id, InvoiceStatus.A_VALIDER_1, silence)) {
				this.counts.move(parties(invoice), InvoiceStatus.A_VALIDER_1,
						InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI);
				makeAvailable(invoice.withStatus(InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI));
			}
		}
		return late.size();
	}

	/** A validated invoice goes to its recipient, who is told. */
	private void makeAvailable(InvoiceRecord invoice) {
		Instant now = this.clock.instant();
		StatusChange available = new StatusChange(InvoiceStatus.MISE_A_DISPOSITION, now, Optional.empty(),
				Optional.empty(), Optional.empty());
		if (!this.invoices.move(invoice.id(), invoice.status(), available)) {
			throw Refusal.of("invoice.moved-meanwhile", invoice.number());
		}
		this.counts.move(parties(invoice), invoice.status(), InvoiceStatus.MISE_A_DISPOSITION);
		this.counts.add(Map.of(InvoiceCounts.Party.recipient(invoice.recipient()), 1),
				InvoiceStatus.MISE_A_DISPOSITION);
		this.events.publishEvent(new InvoiceStatusChanged(invoice.id(), invoice.supplierId(), invoice.number(),
				invoice.recipient(), invoice.recipientName(), InvoiceStatus.MISE_A_DISPOSITION, now, Optional.empty()));
		this.events
			.publishEvent(new InvoicesReceived(invoice.recipient(), List.of(new InvoicesReceived.Received(invoice.id(),
					invoice.number(), invoice.supplierName(), invoice.totalWithVat(), invoice.currency()))));
	}

	/**
	 * Whose counts an invoice's status change moves: its supplier's, its validator's, and
	 * its recipient's once the recipient has it.
	 */
	private static List<InvoiceCounts.Party> parties(InvoiceRecord invoice) {
		List<InvoiceCounts.Party> parties = new ArrayList<>();
		parties.add(InvoiceCounts.Party.supplier(invoice.supplierId()));
		invoice.validator().ifPresent(v -> parties.add(InvoiceCounts.Party.validator(v)));
		if (!invoice.status().beforeRecipient() && invoice.status() != InvoiceStatus.VALIDEE_1
				&& invoice.status() != InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI) {
			parties.add(InvoiceCounts.Party.recipient(invoice.recipient()));
		}
		return parties;
	}

	private InvoiceRecord validated(AreaAccess area, long invoice) {
		return this.invoices.find(invoice)
			.filter(i -> i.validator().filter(v -> v.equals(area.identifier().value())).isPresent())
			.orElseThrow(() -> new AccessDeniedException("Invoice " + invoice + " is not validated by " + area.id()));
	}

	private AreaAccess returning(AccountId member, StructureId id) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_EMISES);
		if (!area.modify()) {
			throw new AccessDeniedException("Consultation only on the issued invoices of structure " + id);
		}
		return area;
	}

	private AreaAccess processing(AccountId member, StructureId id) {
		AreaAccess area = this.structures.access(member, id, WorkArea.FACTURES_RECUES);
		if (!area.modify()) {
			throw new AccessDeniedException("Consultation only on the received invoices of structure " + id);
		}
		return area;
	}

	private StatusChange move(InvoiceRecord invoice, InvoiceStatus to, Actor actor, AccountId by, String comment,
			String mandateNumber) {
		Optional<String> reason = text(comment);
		Optional<String> mandate = text(mandateNumber);
		if (!invoice.status().canMoveTo(to, actor)) {
			throw Refusal.of("invoice.transition", invoice.number(), invoice.status().name(), to.name());
		}
		if (to.reasonRequired() && reason.isEmpty()) {
			throw new Refusal("comment", "invoice.reason-required", to.name());
		}
		if (to.mandateRequired() && mandate.isEmpty()) {
			throw new Refusal("mandateNumber", "invoice.mandate-required");
		}
		Instant now = this.clock.instant();
		StatusChange change = new StatusChange(to, now, Optional.of(by.value()), reason,
				to.mandateRequired() ? mandate : Optional.empty());
		if (!this.invoices.move(invoice.id(), invoice.status(), change)) {
			throw Refusal.of("invoice.moved-meanwhile", invoice.number());
		}
		this.counts.move(parties(invoice), invoice.status(), to);
		this.events.publishEvent(new InvoiceStatusChanged(invoice.id(), invoice.supplierId(), invoice.number(),
				invoice.recipient(), invoice.recipientName(), to, now, reason));
		return change;
	}

	private WorkList page(AreaAccess area, InvoiceList list) {
		List<InvoiceSummary> rows = this.invoices.list(list);
		boolean more = rows.size() > list.size();
		List<InvoiceSummary> page = more ? rows.subList(0, list.size()) : rows;
		Optional<String> next = more
				? Optional
					.of(InvoiceList.Cursor.after(page.get(page.size() - 1), list.filter().sortOrDefault()).toString())
				: Optional.empty();
		return new WorkList(area, page, this.counts.of(list.owner()), next);
	}

	private InvoicePage page(AreaAccess area, InvoiceRecord invoice, Set<InvoiceStatus> next, boolean toAcknowledge) {
		Optional<byte[]> form = invoice.formSha256().map(this.store::get);
		InvoiceDetails details = InvoiceDocuments.details(invoice.syntax(), this.store.get(invoice.originalSha256()),
				form);
		List<StatusChange> changes = this.invoices.history(invoice.id());
		Map<Long, Person> people = this.accounts
			.findAll(changes.stream().flatMap(c -> c.account().stream()).distinct().map(AccountId::new).toList())
			.stream()
			.collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
		List<HistoryLine> history = changes.stream()
			.map(c -> new HistoryLine(c, c.account().map(people::get).map(Person::displayName)))
			.toList();
		List<AttachmentView> attachments = new ArrayList<>(
				this.deposits.attachments(invoice.depositId(), invoice.depositPosition()));
		attachments.addAll(this.invoices.addedAttachments(invoice.id()));
		return new InvoicePage(area, invoice, details, history, attachments, next, toAcknowledge);
	}

	private InvoiceRecord received(AreaAccess area, long invoice) {
		return this.invoices.find(invoice)
			.filter(i -> i.recipient().equals(area.identifier().value()) && !i.status().beforeRecipient())
			.orElseThrow(() -> new AccessDeniedException("Invoice " + invoice + " is not received by " + area.id()));
	}

	private InvoiceRecord issued(AreaAccess area, long invoice) {
		return this.invoices.find(invoice)
			.filter(i -> i.supplierId() == area.id().value())
			.orElseThrow(() -> new AccessDeniedException("Invoice " + invoice + " is not issued by " + area.id()));
	}

	private Document original(InvoiceRecord invoice) {
		String extension = switch (invoice.syntax()) {
			case FACTUR_X, PDF_WITH_FORM -> ".pdf";
			default -> ".xml";
		};
		return new Document(invoice.number().replaceAll("[^A-Za-z0-9._-]", "_") + extension,
				this.store.get(invoice.originalSha256()));
	}

	private static Optional<String> text(String value) {
		return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
	}

	/** Part of a work list, and how many invoices the whole list holds. */
	public record Slice(List<InvoiceSummary> invoices, long total) {

	}

	/** A page of a work list and the cursor of the next one. */
	public record WorkList(AreaAccess area, List<InvoiceSummary> invoices, Map<InvoiceStatus, Integer> counts,
			Optional<String> next) {

		public int total() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/**
	 * An invoice as its page shows it.
	 *
	 * @param next the statuses the reader may set from here
	 * @param toAcknowledge whether its supplier has yet to acknowledge its suspension or
	 * rejection
	 */
	public record InvoicePage(AreaAccess area, InvoiceRecord invoice, InvoiceDetails details, List<HistoryLine> history,
			List<AttachmentView> attachments, Set<InvoiceStatus> next, boolean toAcknowledge) {

		/** Whether its supplier may complete it now. */
		public boolean completable() {
			return this.next.contains(InvoiceStatus.COMPLETEE);
		}

	}

	/** A status change with who made it, by name; empty for the platform. */
	public record HistoryLine(StatusChange change, Optional<String> who) {

	}

	/**
	 * Invoices to acknowledge.
	 *
	 * @param overdue whether one waits for longer than allowed: then acknowledging is
	 * mandatory
	 */
	public record Acknowledgements(List<ReturnedInvoice> invoices, boolean overdue) {

		public boolean isEmpty() {
			return this.invoices.isEmpty();
		}

	}

	/** A downloadable file. */
	public record Document(String name, byte[] content) {

	}

	/** What became of one invoice of a selection. */
	public record Outcome(String number, Optional<Refusal> refusal) {

	}

}
