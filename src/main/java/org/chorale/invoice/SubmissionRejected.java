package org.chorale.invoice;

import java.util.List;

import org.chorale.invoice.validation.Finding;

/**
 * An invoice submitted as data that the platform's rules refuse before anything is
 * deposited: its recipient, service or commitment refused by the directory, or its number
 * already used by the supplier this year; each reason as a finding.
 */
public class SubmissionRejected extends RuntimeException {

	private final transient List<Finding> findings;

	SubmissionRejected(List<Finding> findings) {
		super(findings.get(0).rule());
		this.findings = List.copyOf(findings);
	}

	public List<Finding> findings() {
		return this.findings;
	}

}
