package org.chorale.cpro;

import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Message;
import org.chorale.shared.Refusal;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of a {@code /cpro/...} operation in the envelope, with a stable
 * {@code codeRetour} and {@code erreur} key, the French {@code libelle} and the English
 * {@code message}; never a stack trace.
 * <ul>
 * <li>10 credentials, 11 access refused, 12 rate exceeded;</li>
 * <li>20 malformed request (JSON, field type, base64, size);</li>
 * <li>30 unknown object or operation;</li>
 * <li>40 business rule (the platform's refusal, as the portal says it);</li>
 * <li>90 internal error.</li>
 * </ul>
 */
@RestControllerAdvice(annotations = CproApi.class)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final CproProperties properties;

	ApiErrors(CproProperties properties) {
		this.properties = properties;
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> failure(ApiFailure failure) {
		return ResponseEntity.status(failure.status()).body(ApiSecurityConfiguration.envelope(failure));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> refusal(Refusal refusal) {
		return answer(HttpStatus.BAD_REQUEST, 40, new Message(refusal.getCodes()[0], refusal.getArguments()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> invalid(InvalidIdentifier invalid) {
		return answer(HttpStatus.BAD_REQUEST, 20, new Message(invalid.getCodes()[0], invalid.getArguments()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> denied(AccessDeniedException denied) {
		return answer(HttpStatus.FORBIDDEN, 11, new Message("cpro.error.forbidden"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException unreadable) {
		for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiSecurityConfiguration.TooLarge) {
				return answer(HttpStatus.BAD_REQUEST, 20,
						new Message("cpro.error.tooLarge", this.properties.maxBody().toMegabytes()));
			}
		}
		if (unreadable.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath()
				.stream()
				.map(reference -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			return answer(HttpStatus.BAD_REQUEST, 20, new Message("cpro.error.field", field));
		}
		return answer(HttpStatus.BAD_REQUEST, 20, new Message("cpro.error.json"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException unsupported) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 20, new Message("cpro.error.mediaType"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unexpected(Exception ex) {
		log.error("API call failed", ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, 90, new Message("cpro.error.internal"));
	}

	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, int code, Message message) {
		return ResponseEntity.status(status).body(ApiSecurityConfiguration.envelope(code, message, null));
	}

}
