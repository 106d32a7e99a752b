package org.chorale.account;

import java.time.Instant;

/**
 * A password-reset link was issued to a person's login e-mail.
 *
 * @param token the link's secret, to be sent and never stored
 */
public record ResetLinkIssued(Person person, String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "ResetLinkIssued[" + this.person.id() + "]";
	}

}
