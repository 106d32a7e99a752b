package org.chorale.invoice;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.chorale.account.AccountId;
import org.chorale.directory.Directory;
import org.chorale.directory.RecipientView;
import org.chorale.directory.SearchPage;
import org.chorale.directory.ServiceView;
import org.chorale.invoice.DocumentStore.StoredDocument;
import org.chorale.invoice.format.InvoiceData;
import org.chorale.invoice.validation.Finding;
import org.chorale.invoice.validation.InvoiceValidator;
import org.chorale.invoice.validation.ValidationReport;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.AreaAccess;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.WorkArea;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Deposits from the supplier's side: receiving files and archives, following their
 * processing, and checking a file without depositing it.
 */
@Service
public class InvoiceManagement {

	/**
	 * Deposit numbers read CHO followed by ten digits, like Chorus Pro's CPP... numbers.
	 */
	static final String NUMBER_PREFIX = "CHO";

	public static final int PAGE_SIZE = 20;

	/** How often one who waits for a deposit looks again, in case another node did it. */
	static final Duration LOOK_AGAIN = Duration.ofMillis(250);

	private final Deposits deposits;

	private final Invoices invoices;

	private final DocumentStore store;

	private final InvoiceValidator validator;

	private final Directory directory;

	private final StructureManagement structures;

	private final InvoiceProperties properties;

	private final DepositWorkers workers;

	private final Clock clock;

	private final DepositCompletions completions;

	InvoiceManagement(Deposits deposits, Invoices invoices, DocumentStore store, InvoiceValidator validator,
			Directory directory, StructureManagement structures, InvoiceProperties properties, DepositWorkers workers,
			Clock clock, DepositCompletions completions) {
		this.completions = completions;
		this.deposits = deposits;
		this.invoices = invoices;
		this.store = store;
		this.validator = validator;
		this.directory = directory;
		this.structures = structures;
		this.properties = properties;
		this.workers = workers;
		this.clock = clock;
	}

	/**
	 * The member's access to the structure's "Factures émises".
	 * @throws AccessDeniedException when the area is closed or not theirs
	 */
	public AreaAccess area(AccountId member, StructureId id) {
		return this.structures.access(member, id, WorkArea.FACTURES_EMISES);
	}

	/**
	 * Receives a file or an archive of invoices: its originals are stored and committed
	 * with the deposit before the receipt is given; processing follows in the background.
	 * @throws org.chorale.shared.Refusal when the upload breaks a size or archive rule
	 */
	@Transactional
	public DepositReceipt deposit(AccountId member, StructureId id, DepositChannel channel, String fileName,
			byte[] content) {
		return deposit(member, id, channel, fileName, content, List.of(), Optional.empty());
	}

	/**
	 * Receives one invoice file, or an archive, with the supporting documents of a single
	 * invoice and, for a subcontractor's or co-contractor's, the structure that validates
	 * it.
	 * @throws org.chorale.shared.Refusal when the upload breaks a size or archive rule,
	 * or comes with attachments while it holds several invoices
	 */
	@Transactional
	DepositReceipt deposit(AccountId member, StructureId id, DepositChannel channel, String fileName, byte[] content,
			List<Attachment> attachments, Optional<Siret> validator) {
		AreaAccess area = modifying(member, id);
		IncomingFile upload = new IncomingFile(fileName, content);
		List<IncomingFile> files = Batch.files(upload, this.properties);
		boolean archive = files.size() != 1 || files.get(0) != upload;
		if (archive && !attachments.isEmpty()) {
			throw Refusal.of("attachment.archive");
		}
		checkTotal(content, attachments);
		StoredDocument original = this.store.put(content);
		List<StoredDocument> stored = archive ? files.stream().map(f -> this.store.put(f.content())).toList()
				: List.of(original);
		Instant now = this.clock.instant();
		Deposits.Created deposit = this.deposits.create(NUMBER_PREFIX, id.value(), area.identifier(), area.name(),
				member.value(), channel, fileName, original, files.size(), now);
		this.deposits.addFiles(deposit.id(), files, stored, archive ? Optional.empty() : validator);
		List<DepositReceipt.ReceivedFile> received = new ArrayList<>();
		if (archive) {
			received.add(new DepositReceipt.ReceivedFile(fileName, original.sha256(), original.size()));
		}
		for (int i = 0; i < files.size(); i++) {
			received.add(
					new DepositReceipt.ReceivedFile(files.get(i).name(), stored.get(i).sha256(), stored.get(i).size()));
		}
		received.addAll(attach(deposit.id(), attachments));
		this.workers.wakeAfterCommit(files.size());
		return new DepositReceipt(deposit.id(), deposit.number(), now, received, Optional.empty());
	}

	/**
	 * Receives a plain PDF invoice with the CII its form was written as, and its
	 * attachments: the PDF is the original, kept untouched; the form is what validation
	 * and routing read.
	 */
	@Transactional
	DepositReceipt depositPdf(AccountId member, StructureId id, String fileName, byte[] pdf, byte[] form,
			List<Attachment> attachments) {
		return depositPdf(member, id, DepositChannel.DEPOT_PDF_PORTAIL, fileName, pdf, form, attachments);
	}

	DepositReceipt depositPdf(AccountId member, StructureId id, DepositChannel channel, String fileName, byte[] pdf,
			byte[] form, List<Attachment> attachments) {
		AreaAccess area = modifying(member, id);
		checkSize(fileName, pdf);
		checkTotal(pdf, attachments);
		StoredDocument original = this.store.put(pdf);
		StoredDocument description = this.store.put(form);
		Instant now = this.clock.instant();
		Deposits.Created deposit = this.deposits.create(NUMBER_PREFIX, id.value(), area.identifier(), area.name(),
				member.value(), channel, fileName, original, 1, now);
		this.deposits.addPdfWithForm(deposit.id(), fileName, original, description);
		List<DepositReceipt.ReceivedFile> received = new ArrayList<>(
				List.of(new DepositReceipt.ReceivedFile(fileName, original.sha256(), original.size())));
		received.addAll(attach(deposit.id(), attachments));
		this.workers.wakeAfterCommit(1);
		return new DepositReceipt(deposit.id(), deposit.number(), now, received, Optional.empty());
	}

	/**
	 * Receives an invoice submitted as data (its JSON, the original), to be written as
	 * Factur-X when it is processed, with its attachments, from a member whose right to
	 * deposit the caller checked ({@link #modifying}); the receipt names the invoice id
	 * it will have once integrated.
	 */
	@Transactional
	DepositReceipt depositEntry(AccountId member, AreaAccess area, DepositChannel channel, String fileName, byte[] data,
			List<Attachment> attachments, Optional<Siret> validator) {
		StructureId id = area.id();
		checkTotal(data, attachments);
		StoredDocument original = this.store.put(data);
		Instant now = this.clock.instant();
		Deposits.Created deposit = this.deposits.create(NUMBER_PREFIX, id.value(), area.identifier(), area.name(),
				member.value(), channel, fileName, original, 1, now);
		long invoice = this.deposits.addEntry(deposit.id(), fileName, original, validator);
		List<DepositReceipt.ReceivedFile> received = new ArrayList<>(
				List.of(new DepositReceipt.ReceivedFile(fileName, original.sha256(), original.size())));
		received.addAll(attach(deposit.id(), attachments));
		this.workers.wakeAfterCommit(1);
		return new DepositReceipt(deposit.id(), deposit.number(), now, received, Optional.of(invoice));
	}

	/** Stores the attachments of a deposit's one invoice file. */
	private List<DepositReceipt.ReceivedFile> attach(long deposit, List<Attachment> attachments) {
		List<StoredDocument> stored = attachments.stream().map(a -> this.store.put(a.content())).toList();
		this.deposits.addAttachments(deposit, 1, attachments, stored);
		List<DepositReceipt.ReceivedFile> received = new ArrayList<>();
		for (int i = 0; i < attachments.size(); i++) {
			received.add(new DepositReceipt.ReceivedFile(attachments.get(i).name(), stored.get(i).sha256(),
					stored.get(i).size()));
		}
		return received;
	}

	/**
	 * @throws Refusal when an invoice and its attachments together exceed the largest
	 * deposit
	 */
	void checkTotal(byte[] invoice, List<Attachment> attachments) {
		checkTotal(invoice.length + attachments.stream().mapToLong(a -> a.content().length).sum());
	}

	void checkTotal(long bytes) {
		if (bytes > this.properties.maxDepositSize().toBytes()) {
			throw Refusal.of("attachment.total", this.properties.maxDepositSize().toMegabytes());
		}
	}

	/** How much one deposit may hold, as forms tell their users. */
	InvoiceProperties limits() {
		return this.properties;
	}

	/**
	 * A file handed over as a supporting document, checked as every channel checks it.
	 * @throws Refusal naming the file: empty, too large, a type Chorus Pro does not take,
	 * or content that is not what its extension says
	 */
	public Attachment attachment(String fileName, byte[] content) {
		return Attachment.of(fileName, content, this.properties.maxFileSize().toBytes());
	}

	/**
	 * The files a form handed over as attachments (empty inputs left out), each checked.
	 * @throws Refusal naming the first that is refused
	 */
	List<Attachment> attachments(List<MultipartFile> uploads) throws IOException {
		List<Attachment> attachments = new ArrayList<>();
		for (MultipartFile upload : (uploads == null) ? List.<MultipartFile>of() : uploads) {
			if (!upload.isEmpty()) {
				attachments.add(Attachment.of(upload.getOriginalFilename(), upload.getBytes(),
						this.properties.maxFileSize().toBytes()));
			}
		}
		return attachments;
	}

	/**
	 * The directory's recipient of this SIRET, as typed in a form.
	 * @throws Refusal on the form's {@code recipientSiret} field when there is none
	 */
	RecipientView recipient(String siret) {
		try {
			StructureIdentifier recipient = StructureIdentifier.of(new Siret(siret));
			return this.directory.recipient(recipient)
				.orElseThrow(() -> new Refusal("recipientSiret", "entry.recipient.unknown", recipient.value()));
		}
		catch (InvalidIdentifier ex) {
			throw new Refusal("recipientSiret", ex.getCodes()[0], ex.getArguments());
		}
	}

	/**
	 * The structure on Chorale that would validate an invoice.
	 * @throws Refusal on the form's {@code validatorSiret} field when there is none
	 */
	void checkValidator(Siret validator) {
		if (this.structures.find(StructureIdentifier.of(validator)).isEmpty()) {
			throw new Refusal("validatorSiret", "entry.validator.unknown", validator.value());
		}
	}

	/**
	 * Public recipients matching what a supplier typed: SIRET, name, postal code or town.
	 */
	public SearchPage<RecipientView> searchRecipients(AccountId member, StructureId id, String typed) {
		area(member, id);
		return this.directory.search(typed, 0);
	}

	/** A recipient of the directory with its services, for a supplier choosing it. */
	public Optional<ChosenRecipient> chooseRecipient(AccountId member, StructureId id, String siret) {
		area(member, id);
		try {
			return this.directory.recipient(StructureIdentifier.of(new Siret(siret)))
				.map(r -> new ChosenRecipient(r, this.directory.services(r.id(), "", 0).items()));
		}
		catch (InvalidIdentifier ex) {
			return Optional.empty();
		}
	}

	/**
	 * The finding that names the first deposit of this invoice number, when the supplier
	 * already has one this year: forms say it before sending, deposits refuse it.
	 */
	Optional<Finding> duplicate(StructureId id, InvoiceData invoice) {
		if (invoice.number().isEmpty() || invoice.issueDate().isEmpty()) {
			return Optional.empty();
		}
		String number = invoice.number().get();
		return this.invoices.firstDeposit(id.value(), invoice.issueDate().get().getYear(), number)
			.map(first -> DepositRules.duplicate(number, first));
	}

	/**
	 * @throws Refusal when a single file is empty or too large
	 */
	void checkSize(String fileName, byte[] content) {
		Batch.files(new IncomingFile(fileName, content), this.properties);
	}

	AreaAccess modifying(AccountId member, StructureId id) {
		AreaAccess area = area(member, id);
		if (!area.modify()) {
			throw new AccessDeniedException("Consultation only on the invoices of structure " + id);
		}
		return area;
	}

	@Transactional(readOnly = true)
	public List<DepositView> deposits(AccountId member, StructureId id, int page) {
		area(member, id);
		return this.deposits.ofStructure(id.value(), PAGE_SIZE, Math.max(page, 0) * PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	public int depositCount(AccountId member, StructureId id) {
		area(member, id);
		return this.deposits.countOfStructure(id.value());
	}

	/**
	 * One deposit of the structure.
	 * @throws AccessDeniedException when it belongs to another structure
	 */
	@Transactional(readOnly = true)
	public DepositView deposit(AccountId member, StructureId id, long deposit) {
		area(member, id);
		return this.deposits.find(deposit)
			.filter(d -> d.structureId() == id.value())
			.orElseThrow(() -> new AccessDeniedException("Deposit " + deposit + " is not of structure " + id));
	}

	/** Each file of the deposit and its report. */
	@Transactional(readOnly = true)
	public List<DepositFileView> report(AccountId member, StructureId id, long deposit) {
		deposit(member, id, deposit);
		return this.deposits.files(deposit);
	}

	/**
	 * What a deposit's page shows, read with one access check: the page polls it every
	 * second while the deposit is processed.
	 */
	@Transactional(readOnly = true)
	public Flow flow(AccountId member, StructureId id, long deposit) {
		AreaAccess area = area(member, id);
		DepositView found = this.deposits.find(deposit)
			.filter(d -> d.structureId() == id.value())
			.orElseThrow(() -> new AccessDeniedException("Deposit " + deposit + " is not of structure " + id));
		return new Flow(area, found, this.deposits.files(deposit));
	}

	/**
	 * The structure's deposit with this number (numeroFluxDepot), with its report.
	 * @throws AccessDeniedException when it belongs to another structure
	 */
	@Transactional(readOnly = true)
	public Optional<Flow> flow(AccountId member, StructureId id, String number) {
		AreaAccess area = area(member, id);
		return this.deposits.find(number)
			.filter(d -> d.structureId() == id.value())
			.map(found -> new Flow(area, found, this.deposits.files(found.id())));
	}

	/**
	 * The structure's deposit with this number once processed, or as it stands after
	 * {@code within}: woken when this node finishes it, looking again every
	 * {@link #LOOK_AGAIN} for one another node processes.
	 */
	public Optional<Flow> flowOnceProcessed(AccountId member, StructureId id, String number, Duration within) {
		Instant deadline = Instant.now().plus(within);
		Optional<Flow> flow = flow(member, id, number);
		while (flow.isPresent() && !flow.get().deposit().status().finished() && Instant.now().isBefore(deadline)) {
			long deposit = flow.get().deposit().id();
			CompletableFuture<Void> signal = this.completions.watch(deposit);
			try {
				flow = flow(member, id, number);
				if (!flow.get().deposit().status().finished()) {
					Duration left = Duration.between(Instant.now(), deadline);
					this.completions.await(deposit, signal, (left.compareTo(LOOK_AGAIN) < 0) ? left : LOOK_AGAIN);
					flow = flow(member, id, number);
				}
			}
			finally {
				this.completions.forget(deposit, signal);
			}
		}
		return flow;
	}

	/** An original of the deposit, checked against its SHA-256. */
	@Transactional(readOnly = true)
	public byte[] original(AccountId member, StructureId id, long deposit, String sha256) {
		deposit(member, id, deposit);
		if (!this.deposits.holds(deposit, sha256)) {
			throw new AccessDeniedException("Document " + sha256 + " is not of deposit " + deposit);
		}
		return this.store.get(sha256);
	}

	/**
	 * Everything a deposit would check, without depositing: validation, then the seller
	 * and the directory's routing when a supplier is given.
	 */
	public ValidationReport check(String fileName, byte[] content, Optional<StructureIdentifier> supplier) {
		return withDepositRules(this.validator.validate(fileName, content, LocalDate.now(this.clock)), supplier);
	}

	/**
	 * A valid report, with what the seller rule and the directory's routing add to it.
	 */
	ValidationReport withDepositRules(ValidationReport report, Optional<StructureIdentifier> supplier) {
		if (!report.valid() || report.data().isEmpty()) {
			return report;
		}
		List<Finding> more = new ArrayList<>();
		supplier.ifPresent(s -> more.addAll(DepositRules.seller(report.data().get(), s)));
		more.addAll(DepositRules.routing(this.directory.route(DepositRules.routing(report.data().get(), supplier))));
		return report.with(more);
	}

	/** A recipient and its services, as the entry form shows it once chosen. */
	public record ChosenRecipient(RecipientView recipient, List<ServiceView> services) {

	}

	/** A deposit with the files of its report, and what the reader may do. */
	public record Flow(AreaAccess area, DepositView deposit, List<DepositFileView> files) {

	}

}
