package org.chorale.account;

import java.util.List;

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
import org.springframework.security.web.SecurityFilterChain;
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
	SecurityFilterChain portal(HttpSecurity http, List<PublicPages> publicPages, RateLimits rateLimits,
			SecurityContextRepository contexts) throws Exception {
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
			.anyRequest()
			.authenticated())
			.securityContext(context -> context.securityContextRepository(contexts))
			.formLogin(form -> form.loginPage(SIGN_IN)
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl(SIGNED_IN_HOME)
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
