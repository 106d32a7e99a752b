package org.chorale.shared;

import java.util.regex.Pattern;

/** Free text typed in a form: trimmed, bounded, without control characters. */
public final class Text {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private Text() {
	}

	/** The trimmed text, or null when blank. */
	public static String optional(String value, String field, int max) {
		String text = (value == null) ? "" : value.strip();
		if (text.length() > max) {
			throw new Refusal(field, "form.tooLong", max);
		}
		if (CONTROL.matcher(text).find()) {
			throw new Refusal(field, "form.controlCharacters");
		}
		return text.isEmpty() ? null : text;
	}

	public static String required(String value, String field, int max) {
		String text = optional(value, field, max);
		if (text == null) {
			throw new Refusal(field, "form.required");
		}
		return text;
	}

}
