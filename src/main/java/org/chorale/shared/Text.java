package org.chorale.shared;

import java.util.regex.Pattern;

/** Free text typed in a form: trimmed, bounded, without control characters. */
public final class Text {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

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

	/**
	 * A text of several lines (a message): trimmed, line breaks and tabs kept, a CR LF or
	 * lone CR read as a line break.
	 */
	public static String requiredLines(String value, String field, int max) {
		String text = (value == null) ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (text.length() > max) {
			throw new Refusal(field, "form.tooLong", max);
		}
		if (CONTROL_BUT_LINES.matcher(text).find()) {
			throw new Refusal(field, "form.controlCharacters");
		}
		if (text.isEmpty()) {
			throw new Refusal(field, "form.required");
		}
		return text;
	}

}
