package org.chorale.sollicitation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.account.Operator;
import org.chorale.account.Person;
import org.chorale.directory.Directory;
import org.chorale.directory.RecipientView;
import org.chorale.invoice.InvoiceFilter;
import org.chorale.invoice.InvoiceProcessing;
import org.chorale.invoice.InvoiceSummary;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.sollicitation.Sollicitation.Addressee;
import org.chorale.sollicitation.Sollicitation.Author;
import org.chorale.sollicitation.Sollicitation.InvoiceRef;
import org.chorale.sollicitation.Sollicitation.NewAttachment;
import org.chorale.sollicitation.Sollicitation.Sender;
import org.chorale.sollicitation.Sollicitations.Page;
import org.chorale.sollicitation.Sollicitations.Scope;
import org.chorale.structure.AreaAccess;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureKind;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.WorkArea;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests, as each side works on them: a structure sends them from "Sollicitations
 * émises", a public recipient answers from "Sollicitations reçues", support answers the
 * requests to support. Every call first says who reads ({@link Reader}); a request is
 * visible only to its sender's structure, its addressee and support.
 */
@Service
@Transactional
public class SollicitationManagement {

	/** Requests on a page of a list. */
	static final int PAGE = 20;

	private final Sollicitations requests;

	private final StructureManagement structures;

	private final AccountManagement accounts;

	private final Directory directory;

	private final InvoiceProcessing invoices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SollicitationProperties properties;

	SollicitationManagement(Sollicitations requests, StructureManagement structures, AccountManagement accounts,
			Directory directory, InvoiceProcessing invoices, ApplicationEventPublisher events, Clock clock,
			SollicitationProperties properties) {
		this.properties = properties;
		this.requests = requests;
		this.structures = structures;
		this.accounts = accounts;
		this.directory = directory;
		this.invoices = invoices;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a request from the structure to a public recipient (named by SIRET, or by the
	 * invoices it is about) or to support, as the sub-category says.
	 * @return its number
	 * @throws Refusal on the field at fault: an unknown recipient or invoice, invoices
	 * sent to several recipients, an empty subject or message
	 */
	public Sent send(AccountId member, StructureId id, Draft draft, List<NewFile> files) {
		Party party = party(Reader.sender(member, id));
		party.requireModify();
		if (draft.subCategory() == null) {
			throw new Refusal("subCategory", "sollicitation.subCategory.required");
		}
		if (!draft.invoiceNumbers().isEmpty() && draft.subCategory().category() != Category.FACTURES) {
			throw new Refusal("invoiceNumbers", "sollicitation.invoices.category");
		}
		List<InvoiceSummary> about = invoices(member, id, draft.invoiceNumbers());
		Optional<Addressee> addressee = draft.subCategory().category().toRecipient()
				? Optional.of(addressee(draft.recipientSiret(), about)) : Optional.empty();
		Sollicitation request = Sollicitation.send(new Sender(id.value(), party.structureName(), member), addressee,
				draft.subCategory(), draft.subject(), draft.message(),
				about.stream().map(i -> new InvoiceRef(i.id(), i.number())).toList(), attachments(files),
				party.author(), this.clock.instant());
		Sollicitations.Created created = this.requests.insert(request);
		this.events.publishEvent(new SollicitationPosted(created.id(), created.number(), request.subject(),
				request.answeredBy(), id.value(), party.structureName(), addressee.map(Addressee::siret),
				party.author().name(), SollicitationPosted.Kind.NEW));
		return new Sent(created.id(), created.number());
	}

	/**
	 * @throws AccessDeniedException unless the member may send requests from the
	 * structure
	 */
	@Transactional(readOnly = true)
	public void requireSender(AccountId member, StructureId id) {
		party(Reader.sender(member, id)).requireModify();
	}

	/** A page of the reader's list: sent, received or addressed to support. */
	@Transactional(readOnly = true)
	public Listing list(Reader reader, SollicitationFilter filter, int page) {
		Party party = party(reader);
		int from = Math.max(page, 0) * PAGE;
		Page found = this.requests.search(party.scope(), filter, from, PAGE);
		return new Listing(found.requests(), found.total(), Math.max(page, 0), from + PAGE < found.total(),
				party.modify());
	}

	/** The request with its thread, as the reader's side sees it. */
	@Transactional(readOnly = true)
	public Thread thread(Reader reader, long id) {
		Party party = party(reader);
		return new Thread(visible(party, id), party);
	}

	/**
	 * Adds the reader's message to the thread, with its files; the other side hears of
	 * it.
	 */
	public void reply(Reader reader, long id, String message, List<NewFile> files) {
		List<NewAttachment> attachments = attachments(files);
		change(reader, id, (request, party) -> {
			request.reply(party.side(), party.author(), message, attachments, this.clock.instant());
			tell(request, otherSide(request, party), party, SollicitationPosted.Kind.MESSAGE);
		});
	}

	/** Someone on the addressee's side (or support) takes the request in hand. */
	public void takeInHand(Reader reader, long id) {
		change(reader, id, (request, party) -> {
			party.requireAnswering();
			request.takeInHand(party.author(), this.clock.instant());
		});
	}

	/** Either side closes the request; the other hears of it. */
	public void close(Reader reader, long id) {
		change(reader, id, (request, party) -> {
			request.close(party.author(), this.clock.instant());
			tell(request, otherSide(request, party), party, SollicitationPosted.Kind.CLOSED);
		});
	}

	/**
	 * The recipient hands a request outside its remit to support, saying why: support
	 * receives it as new, the sender hears of it.
	 */
	public void transferToSupport(Reader reader, long id, String why) {
		change(reader, id, (request, party) -> {
			if (party.side() != Side.DESTINATAIRE) {
				throw new AccessDeniedException("Only the recipient transfers a request to support");
			}
			request.transferToSupport(party.author(), why, this.clock.instant());
			tell(request, Side.SUPPORT, party, SollicitationPosted.Kind.NEW);
			tell(request, Side.EMETTEUR, party, SollicitationPosted.Kind.TRANSFERRED);
		});
	}

	/**
	 * Support appoints a new primary manager of the request's sender structure, saying so
	 * in the thread: Chorus Pro's only way out when a structure's manager has left.
	 * @return the person appointed
	 * @throws Refusal when no active person has this login, or the reason is empty
	 */
	public Person appointPrimaryManager(Reader reader, long id, EmailAddress login, String reason) {
		Party party = party(reader);
		if (party.side() != Side.SUPPORT) {
			throw new AccessDeniedException("Only support appoints a primary manager");
		}
		Sollicitation request = visible(party, id);
		Person appointed = this.structures.appointPrimaryManager(party.author().id(),
				new StructureId(request.sender().structureId()), login, reason, Optional.of(request.number()));
		reply(reader, id, reason + "\n\n" + appointed.displayName() + " (" + appointed.loginEmail().value() + ")",
				List.of());
		return appointed;
	}

	/** A file of the thread. */
	@Transactional(readOnly = true)
	public Sollicitations.Document attachment(Reader reader, long id, long attachment) {
		visible(party(reader), id);
		return this.requests.attachment(id, attachment)
			.orElseThrow(() -> new AccessDeniedException("No file " + attachment + " in request " + id));
	}

	/**
	 * Applies the rule to the request as the reader's side, then writes it; what the rule
	 * tells the other side is published with the change.
	 */
	private void change(Reader reader, long id, ChangeRule rule) {
		Party party = party(reader);
		party.requireModify();
		Sollicitation request = visible(party, id);
		rule.apply(request, party);
		try {
			this.requests.update(request);
		}
		catch (OptimisticLockingFailureException ex) {
			throw Refusal.of("sollicitation.changed");
		}
	}

	/** The side that should hear of what this party did: the sender, or who answers. */
	private static Side otherSide(Sollicitation request, Party party) {
		return (party.side() == Side.EMETTEUR) ? request.answeredBy() : Side.EMETTEUR;
	}

	private void tell(Sollicitation request, Side to, Party party, SollicitationPosted.Kind kind) {
		this.events.publishEvent(new SollicitationPosted(request.id(), request.number(), request.subject(), to,
				request.sender().structureId(), request.sender().name(), request.addressee().map(Addressee::siret),
				party.author().name(), kind));
	}

	private Sollicitation visible(Party party, long id) {
		return this.requests.find(id)
			.filter(party::sees)
			.orElseThrow(() -> new AccessDeniedException("No request " + id + " for this reader"));
	}

	private Party party(Reader reader) {
		String name = this.accounts.find(reader.account()).map(Person::displayName).orElseThrow();
		Author author = new Author(reader.account(), name);
		return switch (reader.side()) {
			case EMETTEUR -> {
				AreaAccess area = this.structures.access(reader.account(), reader.structure().orElseThrow(),
						WorkArea.SOLLICITATIONS_EMISES);
				yield new Party(Side.EMETTEUR, author, area.modify(), area.name(), Scope.sentBy(area.id().value()));
			}
			case DESTINATAIRE -> {
				AreaAccess area = this.structures.access(reader.account(), reader.structure().orElseThrow(),
						WorkArea.SOLLICITATIONS_RECUES);
				if (area.identifier().type() != IdentifierType.SIRET
						|| this.structures.structureFor(reader.account(), area.id()).kind() != StructureKind.PUBLIQUE) {
					throw new AccessDeniedException("Only a public structure with a SIRET receives requests");
				}
				yield new Party(Side.DESTINATAIRE, author, area.modify(), area.name(),
						Scope.addressedTo(area.identifier().value()));
			}
			case SUPPORT -> {
				if (!this.accounts.holds(reader.account(), Operator.SUPPORT)) {
					throw new AccessDeniedException("Not one of the support staff");
				}
				yield new Party(Side.SUPPORT, author, true, "Support", Scope.support());
			}
		};
	}

	private List<InvoiceSummary> invoices(AccountId member, StructureId id, List<String> numbers) {
		List<InvoiceSummary> found = new ArrayList<>();
		for (String number : numbers) {
			InvoiceFilter filter = new InvoiceFilter(null, null, null, null, null, null, null, null, null, null, number,
					null, null);
			try {
				found.add(this.invoices.issued(member, id, filter, 0, 1)
					.invoices()
					.stream()
					.findFirst()
					.orElseThrow(() -> new Refusal("invoiceNumbers", "sollicitation.invoice.unknown", number)));
			}
			catch (AccessDeniedException ex) {
				throw new Refusal("invoiceNumbers", "sollicitation.invoices.noArea");
			}
		}
		return found;
	}

	private Addressee addressee(String typedSiret, List<InvoiceSummary> about) {
		List<String> recipients = about.stream().map(InvoiceSummary::recipient).distinct().toList();
		if (recipients.size() > 1) {
			throw new Refusal("invoiceNumbers", "sollicitation.invoices.recipients");
		}
		boolean typed = typedSiret != null && !typedSiret.isBlank();
		if (!recipients.isEmpty() && typed && !recipients.get(0).equals(typedSiret.strip())) {
			throw new Refusal("recipientSiret", "sollicitation.recipient.notInvoices", recipients.get(0));
		}
		String siret = recipients.isEmpty() ? typedSiret : recipients.get(0);
		if (siret == null || siret.isBlank()) {
			throw new Refusal("recipientSiret", "sollicitation.recipient.required");
		}
		StructureIdentifier identifier = StructureIdentifier.of(new Siret(siret.strip()));
		RecipientView recipient = this.directory.recipient(identifier)
			.orElseThrow(() -> new Refusal("recipientSiret", "sollicitation.recipient.unknown", siret.strip()));
		boolean receives = this.structures.find(identifier)
			.filter(structure -> structure.kind() == StructureKind.PUBLIQUE)
			.map(structure -> structure.opened(WorkArea.SOLLICITATIONS_RECUES))
			.orElse(false);
		if (!receives) {
			throw new Refusal("recipientSiret", "sollicitation.recipient.notOnChorale", recipient.name());
		}
		return new Addressee(recipient.identifier().value(), recipient.name());
	}

	/**
	 * @throws Refusal on too many files, an empty one or one over the size limit
	 */
	private List<NewAttachment> attachments(List<NewFile> files) {
		List<NewFile> sent = files.stream().filter(f -> f.name() != null && !f.name().isBlank()).toList();
		if (sent.size() > this.properties.attachmentsPerMessage()) {
			throw new Refusal("files", "sollicitation.files.tooMany", this.properties.attachmentsPerMessage());
		}
		for (NewFile file : sent) {
			if (file.content().length == 0) {
				throw new Refusal("files", "sollicitation.files.empty", file.name());
			}
			if (file.content().length > this.properties.attachmentSize().toBytes()) {
				throw new Refusal("files", "sollicitation.files.tooLarge", file.name(),
						this.properties.attachmentSize().toMegabytes());
			}
		}
		return sent.stream()
			.map(f -> new NewAttachment(f.name(), (f.mediaType() == null) ? "application/octet-stream" : f.mediaType(),
					f.content()))
			.toList();
	}

	/** Who reads: a member on one side of one structure, or one of the support staff. */
	public record Reader(Side side, AccountId account, Optional<StructureId> structure) {

		public static Reader sender(AccountId account, StructureId structure) {
			return new Reader(Side.EMETTEUR, account, Optional.of(structure));
		}

		public static Reader recipient(AccountId account, StructureId structure) {
			return new Reader(Side.DESTINATAIRE, account, Optional.of(structure));
		}

		public static Reader support(AccountId account) {
			return new Reader(Side.SUPPORT, account, Optional.empty());
		}

	}

	/**
	 * What a request says when sent.
	 *
	 * @param invoiceNumbers the sender's invoices it is about (BT-1), all to one
	 * recipient
	 * @param recipientSiret the public recipient, when no invoice names it
	 */
	public record Draft(SubCategory subCategory, String recipientSiret, List<String> invoiceNumbers, String subject,
			String message) {

	}

	/** A file sent with a message, as uploaded. */
	public record NewFile(String name, String mediaType, byte[] content) {

	}

	public record Sent(long id, String number) {

	}

	/**
	 * One page of a list, with the list's whole count and whether the reader may send or
	 * answer.
	 */
	public record Listing(List<SollicitationSummary> requests, long total, int page, boolean more, boolean modify) {

	}

	/** The request as the reader sees it, with what they may do. */
	record Thread(Sollicitation request, Party party) {

		public boolean canReply() {
			return this.party.modify() && this.request.status().open();
		}

		public boolean canTakeInHand() {
			return canReply() && this.party.side().answers() && this.request.status() == SollicitationStatus.ENVOYEE;
		}

		public boolean canTransfer() {
			return canReply() && this.party.side() == Side.DESTINATAIRE;
		}

		public boolean canAppoint() {
			return canReply() && this.party.side() == Side.SUPPORT;
		}

	}

	/** The reader resolved: their side, name, right, and which requests they see. */
	record Party(Side side, Author author, boolean modify, String structureName, Scope scope) {

		boolean sees(Sollicitation request) {
			return switch (this.side) {
				case EMETTEUR -> this.scope.party().equals(request.sender().structureId());
				case DESTINATAIRE -> request.addressee().map(a -> a.siret().equals(this.scope.party())).orElse(false);
				case SUPPORT -> request.addressee().isEmpty();
			};
		}

		void requireModify() {
			if (!this.modify) {
				throw new AccessDeniedException("Consultation only");
			}
		}

		void requireAnswering() {
			if (!this.side.answers()) {
				throw new AccessDeniedException("Only the addressee takes a request in hand");
			}
		}

	}

	@FunctionalInterface
	private interface ChangeRule {

		void apply(Sollicitation request, Party party);

	}

}
