package org.chorale.invoice.validation;

/** An error stops the invoice; a warning is shown and lets it through. */
public enum Severity {

	ERROR, WARNING

}
