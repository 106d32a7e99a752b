package org.chorale.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in without their password, right after they proved who they are with an
 * e-mailed link; the session id changes, as at any sign-in.
 */
@Component
class SignIn {

	private final AccountUserDetails users;

	private final SecurityContextRepository contexts;

	SignIn(AccountUserDetails users, SecurityContextRepository contexts) {
		this.users = users;
		this.contexts = contexts;
	}

	void signIn(AccountId id, HttpServletRequest request, HttpServletResponse response) {
		SignedInUser user = this.users.load(id);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
