package org.chorale.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chorale.shared.Refusal;
import org.chorale.system.RateLimits;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts beyond the rate limits, before any password is checked.
 */
class SignInRateLimit extends OncePerRequestFilter {

	private final RateLimits limits;

	SignInRateLimit(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && SignInConfiguration.SIGN_IN
			.equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.limits.check(RateLimits.Action.SIGN_IN, request.getRemoteAddr(), request.getParameter("email"));
		}
		catch (Refusal ex) {
			response.sendRedirect(request.getContextPath() + SignInConfiguration.SIGN_IN + "?limite");
			return;
		}
		chain.doFilter(request, response);
	}

}
