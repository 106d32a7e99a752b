package org.chorale.invoice.validation;

import org.chorale.shared.Translatable;

/**
 * A file that cannot be read as an invoice at all: not XML or PDF, broken, or refused
 * before reading (a DOCTYPE). Its message says which, in the user's language.
 */
public class Unreadable extends Exception implements Translatable {

	private final String code;

	private final Object[] arguments;

	public Unreadable(String code, Object... arguments) {
		super(code, null, false, false);
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
		return text(java.util.Locale.ENGLISH);
	}

}
