package org.chorale.directory;

/**
 * Why the directory cannot route an invoice, each with the request field at fault and a
 * message {@code routing.NAME} in French and English.
 */
public enum RoutingRefusal {

	RECIPIENT_UNKNOWN(Field.RECIPIENT), RECIPIENT_INACTIVE(Field.RECIPIENT), RECIPIENT_MOA_ONLY(Field.RECIPIENT),
	SERVICE_CODE_INVALID(Field.SERVICE), SERVICE_UNKNOWN(Field.SERVICE), SERVICE_INACTIVE(Field.SERVICE),
	SERVICE_REQUIRED(Field.SERVICE), SERVICE_OR_COMMITMENT_REQUIRED(Field.SERVICE),
	COMMITMENT_NUMBER_INVALID(Field.COMMITMENT), COMMITMENT_REQUIRED(Field.COMMITMENT),
	COMMITMENT_REQUIRED_BY_SERVICE(Field.COMMITMENT), COMMITMENT_UNKNOWN(Field.COMMITMENT),
	COMMITMENT_OF_ANOTHER_SUPPLIER(Field.COMMITMENT), COMMITMENT_CLOSED(Field.COMMITMENT),
	COMMITMENT_CANCELLED(Field.COMMITMENT), COMMITMENT_OUT_OF_DATES(Field.COMMITMENT);

	private final Field field;

	RoutingRefusal(Field field) {
		this.field = field;
	}

	public Field field() {
		return this.field;
	}

	/** The part of a routing request a refusal is about. */
	public enum Field {

		RECIPIENT, SERVICE, COMMITMENT

	}

}
