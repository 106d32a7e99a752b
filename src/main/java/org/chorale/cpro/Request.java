package org.chorale.cpro;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What operations read from a request's fields, as connectors send them: Go's clients
 * send {@code ""} and {@code 0} for fields left empty, which count as absent.
 */
final class Request {

	private Request() {
	}

	/** The text, stripped, or null when absent or blank. */
	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The texts given, stripped, without the absent ones. */
	static List<String> words(String... values) {
		return Stream.of(values).map(Request::text).filter(Objects::nonNull).toList();
	}

	/**
	 * The id, which must be given.
	 * @throws ApiFailure when it is absent or 0
	 */
	static long required(String field, Long id) {
		if (id == null || id == 0) {
			throw ApiFailure.invalid("cpro.error.required", field);
		}
		return id;
	}

	static String required(String field, String value) {
		String text = text(value);
		if (text == null) {
			throw ApiFailure.invalid("cpro.error.required", field);
		}
		return text;
	}

	/**
	 * The constant an enumerated field names.
	 * @throws ApiFailure when it names none
	 */
	static <E extends Enum<E>> E value(Class<E> type, String field, String value) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiFailure.invalid("cpro.error.value", field, value);
		}
	}

	/**
	 * The bytes a base64 field holds.
	 * @throws ApiFailure when it is absent or not base64
	 */
	static byte[] base64(String field, String value) {
		String text = required(field, value);
		try {
			return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException ex) {
			throw ApiFailure.invalid("cpro.error.base64", field);
		}
	}

	/** The page of a list already in memory. */
	static <T> List<T> slice(List<T> all, Paging paging) {
		int from = Math.min(all.size(), paging.offset());
		return all.subList(from, Math.min(all.size(), from + paging.size()));
	}

}
