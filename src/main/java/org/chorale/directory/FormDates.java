package org.chorale.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.chorale.shared.Refusal;

/** Dates typed in a form's date field (yyyy-MM-dd), empty when left blank. */
final class FormDates {

	private FormDates() {
	}

	static Optional<LocalDate> optional(String value, String field) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(value.strip()));
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(field, "form.date");
		}
	}

}
