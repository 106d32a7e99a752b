package org.chorale.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as people type it for an account: one {@code @}, a domain with a dot,
 * no spaces, at most 254 characters (RFC 5321). Stored trimmed and in lower case, so that
 * {@code Marie@Example.fr} and {@code marie@example.fr} are one login.
 */
public record EmailAddress(String value) {

	private static final Pattern FORMAT = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	public static final int MAX_LENGTH = 254;

	public EmailAddress {
		value = (value == null) ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (value.isEmpty()) {
			throw new InvalidIdentifier("email.required");
		}
		if (value.length() > MAX_LENGTH) {
			throw new InvalidIdentifier("email.tooLong", MAX_LENGTH);
		}
		if (!FORMAT.matcher(value).matches()) {
			throw new InvalidIdentifier("email.format", value);
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
