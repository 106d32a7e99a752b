package org.chorale.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The person signed in, as pages get them with {@code @AuthenticationPrincipal}.
 */
public class SignedInUser extends User {

	/** The authority of platform administrators. */
	public static final String ADMINISTRATOR = "ROLE_ADMINISTRATEUR";

	private final AccountId accountId;

	private final String displayName;

	SignedInUser(Account account, boolean locked) {
		super(account.person().loginEmail().value(), account.passwordHash().orElse(""),
				account.status() == AccountStatus.ACTIF && !account.technical(), true, true, !locked,
				account.administrator()
						? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority(ADMINISTRATOR))
						: List.of(new SimpleGrantedAuthority("ROLE_USER")));
		this.accountId = new AccountId(account.id());
		this.displayName = account.person().displayName();
	}

	public AccountId accountId() {
		return this.accountId;
	}

	public String displayName() {
		return this.displayName;
	}

	/** A platform administrator: the administration pages are theirs. */
	public boolean administrator() {
		return getAuthorities().contains(new SimpleGrantedAuthority(ADMINISTRATOR));
	}

}
