package org.chorale.account;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chorale.system.ContentSecurityPolicy;
import org.chorale.system.PublicPages;
import org.chorale.system.RateLimits;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Sign-in with the login e-mail and password on {@code /connexion}; every page needs a
 * signed-in person except those the modules declare public. The actuator shows only
 * health, info and metrics, and answers 403 otherwise. Every form carries a CSRF token,
 * the session id changes at sign-in, and every response carries the security headers and
 * the content security policy.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	static final String SIGN_IN = "/connexion";

	static final String SIGNED_IN_HOME = "/mon-espace";

	/**
	 * After sign-in: the page asked for before, else the first module's landing page,
	 * else "Mon espace".
	 */
	static final class Landing extends SavedRequestAwareAuthenticationSuccessHandler {

		private final List<SignInLanding> landings;

		Landing(List<SignInLanding> landings) {
			this.landings = landings;
			setDefaultTargetUrl(SIGNED_IN_HOME);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (new HttpSessionRequestCache().getRequest(request, response) == null
					&& authentication.getPrincipal() instanceof SignedInUser user) {
				Optional<String> landing = this.landings.stream()
					.map(l -> l.landing(user.accountId()))
					.flatMap(Optional::stream)
					.findFirst();
				if (landing.isPresent()) {
					getRedirectStrategy().sendRedirect(request, response, landing.get());
					return;
				}
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PublicPages accountPages() {
		return PublicPages.of(SIGN_IN, "/activation/**", "/mot-de-passe-oublie", "/reinitialisation/**");
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain portal(HttpSecurity http, List<PublicPages> publicPages, List<SignInLanding> landings,
			RateLimits rateLimits, SecurityContextRepository contexts) throws Exception {
		String[] open = publicPages.stream().flatMap(pages -> pages.patterns().stream()).toArray(String[]::new);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers(open)
			.permitAll()
			.requestMatchers("/administration/**")
			.hasAuthority(SignedInUser.ADMINISTRATOR)
			.requestMatchers("/support/**")
			.hasAuthority(SignedInUser.SUPPORT)
			.anyRequest()
			.authenticated())
			.securityContext(context -> context.securityContextRepository(contexts))
			.formLogin(form -> form.loginPage(SIGN_IN)
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(new Landing(landings))
				.failureUrl(SIGN_IN + "?erreur")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl(SIGN_IN + "?deconnecte"))
			.exceptionHandling(
					errors -> errors.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN),
							PathPatternRequestMatcher.pathPattern("/actuator/**")))
			.addFilterBefore(new SignInRateLimit(rateLimits), UsernamePasswordAuthenticationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.POLICY)));
		return http.build();
	}

}
