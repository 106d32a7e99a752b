package org.chorale.shared;

import java.util.Locale;

/**
 * An identifier that does not check out, saying what is wrong in the reader's language;
 * {@link #getMessage()} is the French text.
 */
public class InvalidIdentifier extends IllegalArgumentException implements Translatable {

	private final String code;

	private final Object[] arguments;

	InvalidIdentifier(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getMessage() {
		return text(Locale.FRENCH);
	}

}
