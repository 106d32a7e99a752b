package org.chorale.invoice.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chorale.shared.Language;

/**
 * The names of EN 16931's business terms and groups ({@code BT-10} "Référence acheteur" /
 * "Buyer reference"), so that no finding names a term by its number alone.
 */
public final class BusinessTerms {

	private static final Map<String, String[]> NAMES = Tsv.load("business-terms.tsv");

	private BusinessTerms() {
	}

	/**
	 * "BT-10 Référence acheteur", or the bare identifier of a term we have no name for.
	 */
	public static String label(String term, Locale locale) {
		return name(term, locale).map(name -> term + " " + name).orElse(term);
	}

	public static Optional<String> name(String term, Locale locale) {
		String[] names = NAMES.get(term);
		return Optional.ofNullable(names).map(n -> (Language.of(locale) == Language.ENGLISH) ? n[0] : n[1]);
	}

}
