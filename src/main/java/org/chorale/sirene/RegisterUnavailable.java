package org.chorale.sirene;

import org.springframework.context.MessageSourceResolvable;

/** INSEE's API Sirene could not answer: the lookup can be tried again later. */
public class RegisterUnavailable extends RuntimeException implements MessageSourceResolvable {

	RegisterUnavailable(Throwable cause) {
		super("INSEE API Sirene unavailable", cause);
	}

	@Override
	public String[] getCodes() {
		return new String[] { "sirene.unavailable" };
	}

}
