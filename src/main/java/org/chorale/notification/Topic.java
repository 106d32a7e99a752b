package org.chorale.notification;

/** What a person may be told of by e-mail, each with how by default. */
enum Topic {

	/** A status change of an invoice their structure issued. */
	INVOICE_STATUS(Mode.IMMEDIATE),
	/** Invoices their structure received. */
	NEW_INVOICES(Mode.DAILY),
	/** Requests to their structure (or to support), and answers to its requests. */
	SOLLICITATIONS(Mode.IMMEDIATE);

	private final Mode byDefault;

	Topic(Mode byDefault) {
		this.byDefault = byDefault;
	}

	Mode byDefault() {
		return this.byDefault;
	}

	/** How to tell: one e-mail each time, one e-mail a day, or none. */
	enum Mode {

		IMMEDIATE, DAILY, NONE

	}

}
