package org.chorale.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Siret;

import org.springframework.validation.Errors;

/**
 * What the entry form and the PDF form check alike: the recipient, the invoice number,
 * the cadre de facturation, the date and the currency; and how they read typed text.
 */
final class FormFields {

	/** Chorus Pro's cadres de facturation. */
	static final List<String> CADRES = IntStream.rangeClosed(1, 25).mapToObj(n -> "A" + n).toList();

	/** The French rules' limit for BT-1 (BR-FR-01). */
	static final int NUMBER_MAX = 35;

	private FormFields() {
	}

	static void checkHeader(Errors errors, String recipientSiret, String number, String cadre, LocalDate issueDate,
			String currency) {
		require(errors, "recipientSiret", recipientSiret);
		require(errors, "number", number);
		if (trimmed(number).length() > NUMBER_MAX) {
			errors.rejectValue("number", "form.tooLong", new Object[] { NUMBER_MAX }, null);
		}
		if (!CADRES.contains(trimmed(cadre))) {
			errors.rejectValue("cadre", "entry.cadre.invalid");
		}
		if (issueDate == null) {
			errors.rejectValue("issueDate", "entry.required");
		}
		if (!trimmed(currency).matches("[A-Z]{3}")) {
			errors.rejectValue("currency", "entry.currency.invalid");
		}
	}

	/**
	 * A subcontractor's (A9) or co-contractor's (A12) invoice names the SIRET of the
	 * structure that validates it.
	 */
	static void checkValidator(Errors errors, String cadre, String validatorSiret) {
		if (!DepositRules.VALIDATED_CADRES.contains(trimmed(cadre))) {
			return;
		}
		if (trimmed(validatorSiret).isEmpty()) {
			errors.rejectValue("validatorSiret", "entry.validator.required", new Object[] { trimmed(cadre) }, null);
			return;
		}
		try {
			new Siret(trimmed(validatorSiret));
		}
		catch (InvalidIdentifier ex) {
			errors.rejectValue("validatorSiret", ex.getCodes()[0], ex.getArguments(), null);
		}
	}

	static void require(Errors errors, String field, String value) {
		if (trimmed(value).isEmpty()) {
			errors.rejectValue(field, "entry.required");
		}
	}

	static String trimmed(String value) {
		return (value == null) ? "" : value.strip();
	}

	/** The trimmed text, absent when blank. */
	static Optional<String> optional(String value) {
		return Optional.of(trimmed(value)).filter(text -> !text.isEmpty());
	}

}
