package org.chorale.invoice.validation;

/** An error stops the invoice; a warning is shown and lets it through. */
@org.springframework.modulith.NamedInterface("findings")
public enum Severity {

	ERROR, WARNING

}
