package org.chorale.invoice.validation;

/** The outcome for one file, as the {@code validate} command prints it. */
public enum Verdict {

	VALID, INVALID,
	/** Not an invoice Chorale can read at all: see the report's single finding. */
	UNREADABLE

}
