package org.chorale.cpro;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates as Chorus Pro writes them ({@code 2025-04-09}, and {@code 2025-04-09 17:42} for
 * times, in Paris time), and as connectors send them: the same, or RFC 3339 (Go's clients
 * send {@code 2023-01-01T00:00:00Z} for a date).
 */
final class ApiDates {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private ApiDates() {
	}

	/**
	 * The date a field holds, or null when it is absent.
	 * @throws ApiFailure when it is neither a date nor an RFC 3339 date-time
	 */
	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return (text.length() > 10) ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw ApiFailure.invalid("cpro.error.field", field);
		}
	}

	static String date(LocalDate date) {
		return (date == null) ? null : date.toString();
	}

	static String date(Instant at) {
		return (at == null) ? null : LocalDate.ofInstant(at, PARIS).toString();
	}

	static String minutes(Instant at) {
		return (at == null) ? null : MINUTES.format(at.atZone(PARIS));
	}

}
