package org.chorale.invoice.validation;

import java.util.Locale;
import java.util.Optional;

import org.chorale.shared.Language;
import org.chorale.shared.Translatable;

/**
 * One thing validation found: the rule, the business term it is about ({@code BT-10}),
 * where it is in the invoice, and what it means in French and English.
 *
 * @param rule the rule's identifier: {@code BR-01}, {@code XSD}, {@code CHORALE-SIRET}...
 * @param term the EN 16931 business term or group ({@code BT-24}, {@code BG-4}), if any
 * @param location a readable path ({@code Invoice / LegalMonetaryTotal}) or a line, if
 * known
 */
@org.springframework.modulith.NamedInterface("findings")
public record Finding(String rule, Severity severity, Optional<String> term, Optional<String> location, String fr,
		String en) {

	/** A finding of Chorale's own, worded in {@code messages.properties}. */
	public static Finding of(String rule, Severity severity, String term, Translatable message) {
		return new Finding(rule, severity, Optional.ofNullable(term), Optional.empty(), message.text(Locale.FRENCH),
				message.text(Locale.ENGLISH));
	}

	public String message(Locale locale) {
		return (Language.of(locale) == Language.ENGLISH) ? this.en : this.fr;
	}

	public boolean error() {
		return this.severity == Severity.ERROR;
	}

}
