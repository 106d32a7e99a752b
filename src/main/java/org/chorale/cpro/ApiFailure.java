package org.chorale.cpro;

import org.chorale.shared.Message;

import org.springframework.http.HttpStatus;

/**
 * An API call refused before it reaches a business rule: bad credentials, a malformed or
 * missing field, an unknown object. Answered in the envelope with its HTTP status and a
 * stable {@code codeRetour}.
 */
class ApiFailure extends RuntimeException {

	private final HttpStatus status;

	private final int code;

	private final Message message;

	private String field;

	ApiFailure(HttpStatus status, int code, String key, Object... arguments) {
		super(key);
		this.status = status;
		this.code = code;
		this.message = new Message(key, arguments);
	}

	/** A credential is missing, wrong or expired: 401, codeRetour 10. */
	static ApiFailure unauthenticated(String key, Object... arguments) {
		return new ApiFailure(HttpStatus.UNAUTHORIZED, 10, key, arguments);
	}

	/** A field is missing or of the wrong form: 400, codeRetour 20. */
	static ApiFailure invalid(String key, Object... arguments) {
		return new ApiFailure(HttpStatus.BAD_REQUEST, 20, key, arguments);
	}

	/** What was asked for does not exist for the caller: 404, codeRetour 30. */
	static ApiFailure notFound(String key, Object... arguments) {
		return new ApiFailure(HttpStatus.NOT_FOUND, 30, key, arguments);
	}

	/**
	 * A business rule's refusal of one field of the request: 400, codeRetour 40, with the
	 * field named as the API spells it.
	 */
	static ApiFailure onField(String field, org.chorale.shared.Refusal refusal) {
		ApiFailure failure = new ApiFailure(HttpStatus.BAD_REQUEST, 40, refusal.getCodes()[0], refusal.getArguments());
		failure.field = field;
		return failure;
	}

	/** The request's field at fault, when the refusal is about one. */
	String field() {
		return this.field;
	}

	HttpStatus status() {
		return this.status;
	}

	int code() {
		return this.code;
	}

	Message message() {
		return this.message;
	}

}
