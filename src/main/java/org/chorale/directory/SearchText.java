package org.chorale.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the search page matches: words in upper case without accents, so that "hopital
 * demoville" finds "Centre hospitalier de Démoville" by PostgreSQL's full-text search
 * without extensions.
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACED_DIGITS = Pattern.compile("\\s*\\d{3}(\\s*\\d){6,11}\\s*");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Alnum}]+");

	private SearchText() {
	}

	/** The words of these texts (nulls skipped), for the {@code search_text} column. */
	static String of(String... texts) {
		return Arrays.stream(texts).filter(Objects::nonNull).map(SearchText::words).collect(Collectors.joining(" "));
	}

	/**
	 * A tsquery matching entries that have words starting with each word typed, or empty
	 * when nothing searchable was typed.
	 */
	static Optional<String> query(String typed) {
		String text = (typed == null) ? "" : typed;
		// a SIRET or SIREN as INSEE prints it, in groups of digits
		String words = SPACED_DIGITS.matcher(text).matches() ? text.replaceAll("\\s", "") : words(text);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Arrays.stream(words.split(" ")).map(word -> word + ":*").collect(Collectors.joining(" & ")));
	}

	private static String words(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return SEPARATORS.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
