package org.chorale.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A service code (codeService): at most 100 characters without control characters,
 * compared in upper case, as suppliers type them in any case.
 */
final class ServiceCode {

	static final int MAX = 100;

	/** The default service of a public structure, which connectors do not offer. */
	static final String FACTURES_PUBLIQUES = "FACTURES_PUBLIQUES";

	private static final Pattern VALID = Pattern.compile("[^\\p{Cntrl}]{1," + MAX + "}");

	private ServiceCode() {
	}

	/** The code in upper case, or empty when the text is not a possible code. */
	static Optional<String> parse(String text) {
		String code = text.strip().toUpperCase(Locale.ROOT);
		return VALID.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

}
