package org.chorale.shared.csv;

import java.util.Locale;

import org.chorale.shared.Translatable;

/**
 * A file Chorale refuses, with the file and line at fault (line 0: the file as a whole).
 * An import stops at the first one and keeps nothing of the file.
 */
public class MalformedFile extends RuntimeException implements Translatable {

	private final String file;

	private final long line;

	private final String code;

	private final Object[] details;

	public MalformedFile(String file, long line, String code, Object... details) {
		super(code);
		this.file = file;
		this.line = line;
		this.code = code;
		this.details = details;
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	/** The file and line come first: {0} and {1} in every message, then the details. */
	@Override
	public Object[] getArguments() {
		Object[] arguments = new Object[this.details.length + 2];
		arguments[0] = this.file;
		arguments[1] = String.valueOf(this.line);
		System.arraycopy(this.details, 0, arguments, 2, this.details.length);
		return arguments;
	}

	@Override
	public String getMessage() {
		return text(Locale.FRENCH);
	}

}
