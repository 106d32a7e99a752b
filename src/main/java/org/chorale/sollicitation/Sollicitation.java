package org.chorale.sollicitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chorale.account.AccountId;
import org.chorale.shared.Refusal;
import org.chorale.shared.Text;

/**
 * A request and its thread. It owns its rules: who may say what at which status, and the
 * status each message leads to. What happened since it was read ({@link #added()},
 * {@link #changes()}) is what the repository writes.
 */
class Sollicitation {

	static final int SUBJECT_MAX = 200;

	static final int BODY_MAX = 10_000;

	private final Long id;

	private final String number;

	private final Sender sender;

	private Optional<Addressee> addressee;

	private final SubCategory subCategory;

	private final String subject;

	private SollicitationStatus status;

	private Optional<String> assignee;

	private final Instant createdAt;

	private Instant updatedAt;

	private final int version;

	private final List<InvoiceRef> invoices;

	private final List<Message> messages;

	private final List<StatusChange> history;

	private final List<Message> added = new ArrayList<>();

	private final List<StatusChange> changes = new ArrayList<>();

	Sollicitation(Long id, String number, Sender sender, Optional<Addressee> addressee, SubCategory subCategory,
			String subject, SollicitationStatus status, Optional<String> assignee, Instant createdAt, Instant updatedAt,
			int version, List<InvoiceRef> invoices, List<Message> messages, List<StatusChange> history) {
		this.id = id;
		this.number = number;
		this.sender = sender;
		this.addressee = addressee;
		this.subCategory = subCategory;
		this.subject = subject;
		this.status = status;
		this.assignee = assignee;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.invoices = List.copyOf(invoices);
		this.messages = new ArrayList<>(messages);
		this.history = new ArrayList<>(history);
	}

	/**
	 * A new request, its message first in the thread.
	 * @throws Refusal when the addressee does not fit the category (a recipient's
	 * category without a recipient, a support's category with one), or invoices are named
	 * outside the invoices' category
	 */
	static Sollicitation send(Sender sender, Optional<Addressee> addressee, SubCategory subCategory, String subject,
			String body, List<InvoiceRef> invoices, List<NewAttachment> files, Author author, Instant at) {
		Category category = subCategory.category();
		if (category.toRecipient() && addressee.isEmpty()) {
			throw new Refusal("recipientSiret", "sollicitation.recipient.required");
		}
		if (!invoices.isEmpty() && category != Category.FACTURES) {
			throw new Refusal("invoiceNumbers", "sollicitation.invoices.category");
		}
		Sollicitation sent = new Sollicitation(null, null, sender,
				category.toRecipient() ? addressee : Optional.empty(), subCategory,
				Text.required(subject, "subject", SUBJECT_MAX), SollicitationStatus.ENVOYEE, Optional.empty(), at, at,
				0, invoices, List.of(), List.of());
		sent.post(Side.EMETTEUR, author, body, files, at);
		sent.record(SollicitationStatus.ENVOYEE, author, at);
		return sent;
	}

	/**
	 * A message in the thread. The addressee's (or support's) answers it; the sender's
	 * reply after an answer sends it back to the addressee.
	 * @throws Refusal when the request is closed
	 */
	void reply(Side side, Author author, String body, List<NewAttachment> files, Instant at) {
		requireOpen();
		post(side, author, body, files, at);
		if (side.answers()) {
			move(SollicitationStatus.REPONDUE, author, at);
		}
		else if (this.status == SollicitationStatus.REPONDUE) {
			move(SollicitationStatus.EN_COURS, author, at);
		}
	}

	/** Someone on the addressee's side takes the request in hand. */
	void takeInHand(Author author, Instant at) {
		if (this.status != SollicitationStatus.ENVOYEE) {
			throw Refusal.of("sollicitation.alreadyTaken");
		}
		this.assignee = Optional.of(author.name());
		move(SollicitationStatus.EN_COURS, author, at);
	}

	/** Either side closes it; nothing more can be said. */
	void close(Author author, Instant at) {
		requireOpen();
		move(SollicitationStatus.CLOTUREE, author, at);
	}

	/**
	 * The recipient hands a request outside its remit to support, saying why; support
	 * finds it sent, as if addressed to it.
	 */
	void transferToSupport(Author author, String why, Instant at) {
		requireOpen();
		if (this.addressee.isEmpty()) {
			throw Refusal.of("sollicitation.alreadySupport");
		}
		post(Side.DESTINATAIRE, author, why, List.of(), at);
		this.addressee = Optional.empty();
		this.assignee = Optional.empty();
		this.status = SollicitationStatus.ENVOYEE;
		record(SollicitationStatus.ENVOYEE, author, at);
	}

	private void requireOpen() {
		if (!this.status.open()) {
			throw Refusal.of("sollicitation.closed");
		}
	}

	private void post(Side side, Author author, String body, List<NewAttachment> files, Instant at) {
		Message message = new Message(null, side, author.id().value(), author.name(),
				Text.requiredLines(body, "message", BODY_MAX), at,
				files.stream().map(NewAttachment::described).toList());
		this.added.add(message.withFiles(files));
		this.messages.add(message);
		this.updatedAt = at;
	}

	private void move(SollicitationStatus next, Author author, Instant at) {
		if (this.status != next) {
			if (!this.status.canMoveTo(next)) {
				throw Refusal.of("sollicitation.transition", this.status, next);
			}
			this.status = next;
			record(next, author, at);
		}
	}

	private void record(SollicitationStatus reached, Author author, Instant at) {
		StatusChange change = new StatusChange(reached, author.name(), at);
		this.history.add(change);
		this.changes.add(change);
		this.updatedAt = at;
	}

	public Long id() {
		return this.id;
	}

	public String number() {
		return this.number;
	}

	public Sender sender() {
		return this.sender;
	}

	/** The public recipient it is for; empty when support answers it. */
	public Optional<Addressee> addressee() {
		return this.addressee;
	}

	/** Who answers it: the public recipient, or support. */
	public Side answeredBy() {
		return this.addressee.isPresent() ? Side.DESTINATAIRE : Side.SUPPORT;
	}

	public Category category() {
		return this.subCategory.category();
	}

	public SubCategory subCategory() {
		return this.subCategory;
	}

	public String subject() {
		return this.subject;
	}

	public SollicitationStatus status() {
		return this.status;
	}

	public Optional<String> assignee() {
		return this.assignee;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	int version() {
		return this.version;
	}

	public List<InvoiceRef> invoices() {
		return this.invoices;
	}

	public List<Message> messages() {
		return List.copyOf(this.messages);
	}

	public List<StatusChange> history() {
		return List.copyOf(this.history);
	}

	List<Message> added() {
		return List.copyOf(this.added);
	}

	List<StatusChange> changes() {
		return List.copyOf(this.changes);
	}

	/** The structure that sent it, and the person. */
	record Sender(long structureId, String name, AccountId account) {

	}

	/** The public recipient a request is for, by SIRET. */
	record Addressee(String siret, String name) {

	}

	record Author(AccountId id, String name) {

	}

	record InvoiceRef(long id, String number) {

	}

	record StatusChange(SollicitationStatus status, String author, Instant at) {

	}

	/**
	 * A message of the thread, with its files described; {@code files} holds their
	 * content only for a message not yet written.
	 */
	record Message(Long id, Side side, long authorId, String author, String body, Instant at,
			List<AttachmentInfo> attachments, List<NewAttachment> files) {

		Message(Long id, Side side, long authorId, String author, String body, Instant at,
				List<AttachmentInfo> attachments) {
			this(id, side, authorId, author, body, at, attachments, List.of());
		}

		Message withFiles(List<NewAttachment> content) {
			return new Message(this.id, this.side, this.authorId, this.author, this.body, this.at, this.attachments,
					List.copyOf(content));
		}

	}

	/** A file as the thread lists it. */
	record AttachmentInfo(Long id, String name, String mediaType, long size) {

	}

	/** A file sent with a message. */
	record NewAttachment(String name, String mediaType, byte[] content) {

		AttachmentInfo described() {
			return new AttachmentInfo(null, this.name, this.mediaType, this.content.length);
		}

	}

}
