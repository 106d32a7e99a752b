package org.chorale.invoice;

import java.util.List;
import java.util.Optional;

import org.chorale.invoice.validation.Finding;
import org.chorale.invoice.validation.Verdict;

/**
 * One file of a deposit and what became of it: its report line.
 *
 * @param state EN_ATTENTE, INTEGREE or REJETEE
 * @param ruleSet the rule set and version it was validated with
 * @param attachments the supporting documents deposited with it
 */
public record DepositFileView(int position, String fileName, String sha256, long size, String state,
		Optional<Verdict> verdict, Optional<String> syntax, Optional<String> ruleSet, Optional<Long> invoiceId,
		List<Finding> findings, List<AttachmentView> attachments) {

	public DepositFileView {
		findings = List.copyOf(findings);
		attachments = List.copyOf(attachments);
	}

	public boolean waiting() {
		return this.state.equals(Deposits.WAITING);
	}

	public boolean integrated() {
		return this.state.equals(Deposits.INTEGRATED);
	}

}
