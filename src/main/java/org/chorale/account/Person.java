package org.chorale.account;

import java.util.Optional;

import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;

/**
 * What other modules and pages know of a person.
 *
 * @param loginEmail the account's identifier, where activation and reset links go
 * @param contactEmail where notifications go
 */
public record Person(AccountId id, EmailAddress loginEmail, String firstName, String lastName, Optional<String> phone,
		EmailAddress contactEmail, Language language, AccountStatus status) {

	public String displayName() {
		return this.firstName + " " + this.lastName;
	}

	public boolean active() {
		return this.status == AccountStatus.ACTIF;
	}

}
