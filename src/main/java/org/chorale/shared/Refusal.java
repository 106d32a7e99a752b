package org.chorale.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A business rule that refuses what a user asked, saying why in their language; when the
 * refusal is about one form field, {@link #field()} names it so that the page shows the
 * message next to that field.
 */
public class Refusal extends RuntimeException implements Translatable {

	private final String field;

	private final String code;

	private final Object[] arguments;

	public Refusal(String field, String code, Object... arguments) {
		super(code);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	/** A refusal of the whole request, not of one field. */
	public static Refusal of(String code, Object... arguments) {
		return new Refusal(null, code, arguments);
	}

	public Optional<String> field() {
		return Optional.ofNullable(this.field);
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
