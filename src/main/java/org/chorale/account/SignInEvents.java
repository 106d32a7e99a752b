package org.chorale.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins towards the lockout, and clears the count on success. */
@Component
class SignInEvents {

	private final AccountManagement accounts;

	SignInEvents(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.signInFailed(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			this.accounts.signedIn(user.accountId());
		}
	}

}
