package org.chorale.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The person signed in, as pages get them with {@code @AuthenticationPrincipal}.
 */
public class SignedInUser extends User {

	/** The authority of platform administrators. */
	public static final String ADMINISTRATOR = "ROLE_ADMINISTRATEUR";

	/** The authority of the platform's support staff. */
	public static final String SUPPORT = "ROLE_SUPPORT";

	private final AccountId accountId;

	private final String displayName;

	SignedInUser(Account account, boolean locked) {
		super(account.person().loginEmail().value(), account.passwordHash().orElse(""),
				account.status() == AccountStatus.ACTIF && !account.technical(), true, true, !locked,
				authorities(account));
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

	/** One of the platform's support staff: the requests to support are theirs. */
	public boolean support() {
		return getAuthorities().contains(new SimpleGrantedAuthority(SUPPORT));
	}

	private static List<SimpleGrantedAuthority> authorities(Account account) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_USER")));
		for (Operator role : Operator.values()) {
			if (account.holds(role)) {
				authorities.add(new SimpleGrantedAuthority(role.authority()));
			}
		}
		return authorities;
	}

}
