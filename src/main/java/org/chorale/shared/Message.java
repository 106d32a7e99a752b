package org.chorale.shared;

/** A message of {@code messages.properties} and its arguments, to be said later. */
public record Message(String code, Object... arguments) implements Translatable {

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
