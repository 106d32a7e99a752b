package org.chorale.invoice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

import org.chorale.directory.Directory;
import org.chorale.directory.RoutingDecision;
import org.chorale.directory.RoutingRequest;
import org.chorale.invoice.DepositQueue.Claim;
import org.chorale.invoice.DepositQueue.Outcome;
import org.chorale.invoice.format.FacturXWriter;
import org.chorale.invoice.format.InvoiceData;
import org.chorale.invoice.format.InvoiceEntry;
import org.chorale.invoice.validation.Finding;
import org.chorale.invoice.validation.InvoiceRules;
import org.chorale.invoice.validation.InvoiceValidator;
import org.chorale.invoice.validation.ValidationReport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes waiting files a few at a time, in one transaction: validate, check the
 * platform rules, route, record the invoices, the findings and each deposit's progress,
 * all committed together or not at all. A file is therefore integrated exactly once,
 * whichever node takes it and however often one crashes. The files of a transaction share
 * their database work: their small originals are read in one query, each recipient and
 * service is routed once, and the invoices, the files' outcomes and the deposits'
 * progress are each written in one statement.
 */
@Component
class DepositProcessor {

	/** Files per transaction: enough to share a commit, few enough to show progress. */
	static final int BATCH = 32;

	private static final Logger log = LoggerFactory.getLogger(DepositProcessor.class);

	private final DepositQueue queue;

	private final Invoices invoices;

	private final InvoiceCounts counts;

	private final DocumentStore store;

	private final InvoiceValidator validator;

	private final Directory directory;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DepositCompletions completions;

	private final JsonMapper json;

	private final ITemplateEngine templates;

	DepositProcessor(DepositQueue queue, Invoices invoices, InvoiceCounts counts, DocumentStore store,
			InvoiceValidator validator, Directory directory, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock, DepositCompletions completions, JsonMapper json,
			ITemplateEngine templates) {
		this.json = json;
		this.templates = templates;
		this.completions = completions;
		this.queue = queue;
		this.invoices = invoices;
		this.counts = counts;
		this.store = store;
		this.validator = validator;
		this.directory = directory;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Processes a batch of waiting files in one transaction. Should the batch fail (a
	 * file that breaks a database constraint, say), its files are taken again one per
	 * transaction, so that only the faulty one is set aside.
	 * @return whether there were files to process
	 */
	boolean processWaiting() {
		try {
			return Boolean.TRUE.equals(this.transactions.execute(tx -> {
				List<Claim> claims = this.queue.claim(BATCH);
				finish(process(claims));
				return !claims.isEmpty();
			}));
		}
		catch (RuntimeException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw ex; // the node is stopping: the batch is rolled back and waits for
							// the next start
			}
			log.warn("A batch of deposited files failed; processing them one by one", ex);
			for (int i = 0; i < BATCH && processOne(); i++) {
				// each file in its own transaction
			}
			return true;
		}
	}

	/**
	 * A file that breaks the processing is rejected with an internal-error finding rather
	 * than retried for ever; its original stays in the store. A file interrupted by the
	 * node's stop is not at fault: its transaction rolls back and it waits.
	 */
	private boolean processOne() {
		return Boolean.TRUE.equals(this.transactions.execute(tx -> {
			List<Claim> claims = this.queue.claim(1);
			if (claims.isEmpty()) {
				return false;
			}
			Claim claim = claims.get(0);
			Object savepoint = tx.createSavepoint();
			Outcome outcome;
			try {
				outcome = process(claims).get(0);
			}
			catch (RuntimeException ex) {
				if (Thread.currentThread().isInterrupted()) {
					throw ex; // stopping, not the file's fault: it stays waiting
				}
				log.error("Deposit {} file {} could not be processed", claim.deposit(), claim.position(), ex);
				tx.rollbackToSavepoint(savepoint);
				Finding internal = DepositRules.error("CHORALE-INTERNE", null, "deposit.rule.internal-error",
						claim.deposit() + "-" + claim.position());
				outcome = Outcome.rejected(claim, ValidationReport.failed(internal));
			}
			finish(List.of(outcome));
			return true;
		}));
	}

	/**
	 * Validates and routes each file, then records the invoices they bring together.
	 * @return each file's outcome, in order
	 */
	private List<Outcome> process(List<Claim> claims) {
		Map<String, byte[]> readAhead = this.store.readAhead(claims.stream()
			.flatMap(claim -> Stream.concat(Stream.of(claim.sha256()), claim.form().stream()))
			.toList());
		Function<String, byte[]> originals = sha256 -> readAhead.containsKey(sha256) ? readAhead.get(sha256)
				: this.store.get(sha256);
		Map<RoutingRequest, RoutingDecision> routes = new HashMap<>();
		List<Outcome> outcomes = claims.stream()
			.map(claim -> claim.entry() ? processEntry(claim, originals, routes)
					: processFile(claim, originals.apply(claim.sha256()), originals, routes))
			.toList();
		List<Outcome> accepted = outcomes.stream().filter(Outcome::integrated).toList();
		Iterator<Optional<Long>> ids = (accepted.isEmpty() ? List.<Optional<Long>>of()
				: this.invoices.add(accepted, this.clock.instant()))
			.iterator();
		return outcomes.stream().map(o -> o.integrated() ? recorded(o, ids.next()) : o).toList();
	}

	/**
	 * An invoice submitted as data, written as the Factur-X a portal entry would be: that
	 * file is validated and becomes the invoice's original; the data stays the deposit's.
	 */
	private Outcome processEntry(Claim claim, Function<String, byte[]> originals,
			Map<RoutingRequest, RoutingDecision> routes) {
		InvoiceEntry entry = this.json.readValue(originals.apply(claim.sha256()), InvoiceEntry.class);
		byte[] facturX = FacturXWriter.of(entry, this.templates, this.clock.instant());
		Claim written = claim.written(InvoiceEntries.fileName(entry), this.store.put(facturX).sha256());
		return processFile(written, facturX, originals, routes);
	}

	/**
	 * @param routes the routing decisions of this transaction so far, shared by its files
	 * @return the file rejected, or integrated but not yet recorded
	 */
	private Outcome processFile(Claim claim, byte[] content, Function<String, byte[]> originals,
			Map<RoutingRequest, RoutingDecision> routes) {
		LocalDate today = LocalDate.now(this.clock);
		ValidationReport report = claim.form().isPresent()
				? this.validator.validateMetadata(claim.fileName(), originals.apply(claim.form().get()), today)
				: this.validator.validate(claim.fileName(), content, today, !claim.writtenByChorale());
		if (!report.valid()) {
			return Outcome.rejected(claim, report);
		}
		InvoiceData invoice = report.data().orElseThrow();
		List<Finding> problems = new ArrayList<>(DepositRules.seller(invoice, claim.supplier()));
		problems.addAll(DepositRules.validator(invoice, claim.validator()));
		RoutingDecision decision = routes.computeIfAbsent(DepositRules.routing(invoice, Optional.of(claim.supplier())),
				this.directory::route);
		problems.addAll(DepositRules.routing(decision));
		if (!problems.isEmpty()) {
			return Outcome.rejected(claim, report.with(problems));
		}
		Optional<String> validator = DepositRules.VALIDATED_CADRES.contains(InvoiceRules.cadre(invoice))
				? claim.validator() : Optional.empty();
		return new Outcome(claim, true, report, Optional.empty(), decision.destination(), validator);
	}

	/** An integrated file once its invoice is recorded, or rejected as a duplicate. */
	private Outcome recorded(Outcome integrated, Optional<Long> id) {
		if (id.isEmpty()) {
			InvoiceData invoice = integrated.data();
			String number = invoice.number().orElseThrow();
			Finding duplicate = DepositRules.duplicate(number,
					this.invoices
						.firstDeposit(integrated.claim().structure(), invoice.issueDate().orElseThrow().getYear(),
								number)
						.orElseThrow());
			return Outcome.rejected(integrated.claim(), integrated.report().with(List.of(duplicate)));
		}
		return new Outcome(integrated.claim(), true, integrated.report(), id, integrated.destination(),
				integrated.validator());
	}

	private void finish(List<Outcome> outcomes) {
		if (outcomes.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		this.queue.record(outcomes, now);
		Map<Long, int[]> counts = new LinkedHashMap<>();
		for (Outcome outcome : outcomes) {
			int[] count = counts.computeIfAbsent(outcome.claim().deposit(), d -> new int[2]);
			count[0]++;
			count[1] += outcome.integrated() ? 1 : 0;
		}
		this.completions.finishedAfterCommit(this.queue.advance(counts.entrySet()
			.stream()
			.map(c -> new DepositQueue.Progress(c.getKey(), c.getValue()[0], c.getValue()[1]))
			.toList(), now));
		Map<String, List<InvoicesReceived.Received>> received = new LinkedHashMap<>();
		Map<InvoiceCounts.Party, Integer> available = new LinkedHashMap<>();
		Map<InvoiceCounts.Party, Integer> toValidate = new LinkedHashMap<>();
		for (Outcome outcome : outcomes) {
			if (!outcome.integrated()) {
				continue;
			}
			InvoiceCounts.Party supplier = InvoiceCounts.Party.supplier(outcome.claim().structure());
			if (outcome.validator().isPresent()) {
				toValidate.merge(InvoiceCounts.Party.validator(outcome.validator().get()), 1, Integer::sum);
				toValidate.merge(supplier, 1, Integer::sum);
				continue;
			}
			String recipient = outcome.destination().orElseThrow().recipient().value();
			available.merge(InvoiceCounts.Party.recipient(recipient), 1, Integer::sum);
			available.merge(supplier, 1, Integer::sum);
			InvoiceData data = outcome.data();
			received.computeIfAbsent(recipient, r -> new ArrayList<>())
				.add(new InvoicesReceived.Received(outcome.invoice().orElseThrow(), data.number().orElseThrow(),
						outcome.claim().supplierName(), data.totalWithVat(), data.currency().orElseThrow()));
		}
		received.forEach((recipient, invoices) -> this.events.publishEvent(new InvoicesReceived(recipient, invoices)));
		this.counts.add(available, InvoiceStatus.MISE_A_DISPOSITION);
		this.counts.add(toValidate, InvoiceStatus.A_VALIDER_1);
	}

}
