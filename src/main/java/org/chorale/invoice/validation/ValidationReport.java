package org.chorale.invoice.validation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.chorale.invoice.format.InvoiceData;

/**
 * Everything validation says of one file.
 *
 * @param ruleSet the rule set applied and its version
 * ({@code eu.cen.en16931:ubl:1.3.16}), recorded with the result since rules change twice
 * a year
 * @param data what the invoice says, once its schema is right
 */
public record ValidationReport(Verdict verdict, Optional<Syntax> syntax, Optional<String> ruleSet,
		List<Finding> findings, Optional<InvoiceData> data) {

	public ValidationReport {
		findings = List.copyOf(findings);
	}

	public static ValidationReport unreadable(Unreadable reason) {
		return new ValidationReport(Verdict.UNREADABLE, Optional.empty(), Optional.empty(),
				List.of(Finding.of("CHORALE-FICHIER", Severity.ERROR, null, reason)), Optional.empty());
	}

	/** A file refused for one reason found outside validation. */
	public static ValidationReport failed(Finding finding) {
		return new ValidationReport(Verdict.INVALID, Optional.empty(), Optional.empty(), List.of(finding),
				Optional.empty());
	}

	/** The same report with these findings added, and its verdict updated. */
	public ValidationReport with(List<Finding> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<Finding> all = Stream.concat(this.findings.stream(), more.stream()).toList();
		Verdict verdict = (this.verdict == Verdict.VALID && more.stream().anyMatch(Finding::error)) ? Verdict.INVALID
				: this.verdict;
		return new ValidationReport(verdict, this.syntax, this.ruleSet, all, this.data);
	}

	public boolean valid() {
		return this.verdict == Verdict.VALID;
	}

}
