package org.chorale.account;

import java.util.Optional;

/**
 * A module's say in where a person lands right after signing in, when they did not ask
 * for a page: "invoices to acknowledge" before anything else, for instance. The first
 * module with a page wins; otherwise "Mon espace".
 */
public interface SignInLanding {

	Optional<String> landing(AccountId signedIn);

}
