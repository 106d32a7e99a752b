package org.chorale.sirene;

import org.chorale.shared.Translatable;

/** INSEE's API Sirene could not answer: the lookup can be tried again later. */
public class RegisterUnavailable extends RuntimeException implements Translatable {

	RegisterUnavailable(Throwable cause) {
		super("INSEE API Sirene unavailable", cause);
	}

	@Override
	public String[] getCodes() {
		return new String[] { "sirene.unavailable" };
	}

}
