package org.chorale.account;

import java.util.Optional;

import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;

/**
 * What other modules and pages know of a person.
 *
 * @param loginEmail the account's identifier, where activation and reset links go
 * @param contactEmail where notifications go
 * @param technical a structure's technical user, for the API: never signs in to the
 * portal and receives no e-mail
 */
public record Person(AccountId id, EmailAddress loginEmail, String firstName, String lastName, Optional<String> phone,
		EmailAddress contactEmail, Language language, AccountStatus status, boolean technical) {

	public String displayName() {
		return this.firstName + " " + this.lastName;
	}

	public boolean active() {
		return this.status == AccountStatus.ACTIF;
	}

}
