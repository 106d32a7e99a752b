package org.chorale.account;

import java.time.Instant;

/**
 * An activation link was issued to a person's login e-mail.
 *
 * @param token the link's secret, to be sent and never stored
 */
public record ActivationLinkIssued(Person person, String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "ActivationLinkIssued[" + this.person.id() + "]";
	}

}
