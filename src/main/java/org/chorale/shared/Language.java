package org.chorale.shared;

import java.util.Locale;

/** The platform's two languages: French, the default, and English. */
public enum Language {

	FRENCH(Locale.FRENCH), ENGLISH(Locale.ENGLISH);

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	/** English for an English locale, French for any other. */
	public static Language of(Locale locale) {
		return (locale != null && locale.getLanguage().equals("en")) ? ENGLISH : FRENCH;
	}

	/**
	 * From a POSIX locale name as in {@code LANG} ("en_GB.UTF-8"), French when absent or
	 * other.
	 */
	public static Language ofPosix(String name) {
		return (name != null && name.startsWith("en")) ? ENGLISH : FRENCH;
	}

	public Locale locale() {
		return this.locale;
	}

}
