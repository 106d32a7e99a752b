package org.chorale.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who signs in with a login e-mail, for Spring Security's form login. */
@Component
class AccountUserDetails implements UserDetailsService {

	private final Accounts accounts;

	private final Clock clock;

	AccountUserDetails(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String login) {
		return this.accounts.findByLoginEmail(Account.loginKey(login))
			.map(account -> new SignedInUser(account, account.lockedAt(this.clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	SignedInUser load(AccountId id) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		return new SignedInUser(account, account.lockedAt(this.clock.instant()));
	}

}
