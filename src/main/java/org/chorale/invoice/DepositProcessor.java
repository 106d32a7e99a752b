package org.chorale.invoice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.directory.Directory;
import org.chorale.directory.RoutingDecision;
import org.chorale.invoice.Deposits.Claim;
import org.chorale.invoice.format.InvoiceData;
import org.chorale.invoice.validation.Finding;
import org.chorale.invoice.validation.InvoiceValidator;
import org.chorale.invoice.validation.ValidationReport;
import org.chorale.shared.StructureIdentifier;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureManagement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes one waiting file per transaction: validate, check the platform rules, route,
 * record the invoice, the findings and the deposit's progress, all committed together or
 * not at all. A file is therefore integrated exactly once, whichever node takes it and
 * however often one crashes.
 */
@Component
class DepositProcessor {

	private static final Logger log = LoggerFactory.getLogger(DepositProcessor.class);

	private final Deposits deposits;

	private final Invoices invoices;

	private final DocumentStore store;

	private final InvoiceValidator validator;

	private final Directory directory;

	private final StructureManagement structures;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DepositProcessor(Deposits deposits, Invoices invoices, DocumentStore store, InvoiceValidator validator,
			Directory directory, StructureManagement structures, TransactionTemplate transactions, Clock clock) {
		this.deposits = deposits;
		this.invoices = invoices;
		this.store = store;
		this.validator = validator;
		this.directory = directory;
		this.structures = structures;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @return whether there was a file to process
	 */
	boolean processNext() {
		return Boolean.TRUE.equals(this.transactions.execute(tx -> {
			Optional<Claim> claim = this.deposits.claimNext();
			claim.ifPresent(c -> processSafely(c, tx));
			return claim.isPresent();
		}));
	}

	/**
	 * A file that breaks the processing is rejected with an internal-error finding rather
	 * than retried for ever; its original stays in the store.
	 */
	private void processSafely(Claim claim, TransactionStatus tx) {
		Object savepoint = tx.createSavepoint();
		try {
			process(claim);
		}
		catch (RuntimeException ex) {
			log.error("Deposit {} file {} could not be processed", claim.deposit(), claim.position(), ex);
			tx.rollbackToSavepoint(savepoint);
			Finding internal = DepositRules.error("CHORALE-INTERNE", null, "deposit.rule.internal-error",
					claim.deposit() + "-" + claim.position());
			finish(claim, false, ValidationReport.failed(internal), Optional.empty());
		}
	}

	private void process(Claim claim) {
		Instant now = this.clock.instant();
		byte[] content = this.store.get(claim.sha256());
		ValidationReport report = this.validator.validate(claim.fileName(), content, LocalDate.now(this.clock));
		if (!report.valid()) {
			finish(claim, false, report, Optional.empty());
			return;
		}
		InvoiceData invoice = report.data().orElseThrow();
		StructureIdentifier supplier = this.structures.structures(List.of(new StructureId(claim.structure())))
			.get(0)
			.identifier();
		List<Finding> problems = new ArrayList<>(DepositRules.seller(invoice, supplier));
		RoutingDecision decision = this.directory.route(DepositRules.routing(invoice, Optional.of(supplier)));
		problems.addAll(DepositRules.routing(decision));
		if (!problems.isEmpty()) {
			finish(claim, false, report.with(problems), Optional.empty());
			return;
		}
		Optional<Long> id = this.invoices.add(claim.structure(), claim.deposit(), invoice,
				report.syntax().orElseThrow(), decision.destination().orElseThrow(), claim.sha256(), now);
		if (id.isEmpty()) {
			String number = invoice.number().orElseThrow();
			Finding duplicate = DepositRules.duplicate(number,
					this.invoices.firstDeposit(claim.structure(), invoice.issueDate().orElseThrow().getYear(), number)
						.orElseThrow());
			finish(claim, false, report.with(List.of(duplicate)), Optional.empty());
			return;
		}
		finish(claim, true, report, id);
	}

	private void finish(Claim claim, boolean integrated, ValidationReport report, Optional<Long> invoice) {
		Instant now = this.clock.instant();
		this.deposits.recordResult(claim, integrated, report, invoice, now);
		this.deposits.advance(claim.deposit(), integrated, now);
	}

}
