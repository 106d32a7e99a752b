package org.chorale.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.chorale.shared.Refusal;

/**
 * The answer to a secret question as it is compared: without accents, in lower case, with
 * spaces collapsed, so that "Saint-Étienne" and "saint-etienne " match.
 */
final class SecretAnswer {

	static final int MAX_LENGTH = 100;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private SecretAnswer() {
	}

	static String normalized(String answer) {
		String stripped = (answer == null) ? "" : answer.strip();
		if (stripped.length() < 2) {
			throw new Refusal("secretAnswer", "account.secretAnswer.required");
		}
		if (stripped.length() > MAX_LENGTH) {
			throw new Refusal("secretAnswer", "account.secretAnswer.tooLong", MAX_LENGTH);
		}
		String decomposed = Normalizer.normalize(stripped, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
