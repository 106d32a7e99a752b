package org.chorale.cpro;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.chorale.shared.Message;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's own security, before the portal's: no session, no cookie, no CSRF token.
 * {@code /api/oauth/token} and the OpenAPI description are open; every {@code /cpro/...}
 * call needs a valid bearer token and the {@code cpro-account} header of a technical
 * user, and is counted against that user's rate. Refusals are JSON in the envelope.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String API_USER = "ROLE_API";

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain api(HttpSecurity http, Connections connections, AccessTokens tokens, CallRates rates,
			CproProperties properties, JsonMapper json) throws Exception {
		http.securityMatcher("/cpro/**", "/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/api/**").permitAll().anyRequest().hasAuthority(API_USER))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> write(json, response,
						ApiFailure.unauthenticated("cpro.error.token.missing")))
				.accessDeniedHandler((request, response, ex) -> write(json, response,
						new ApiFailure(HttpStatus.FORBIDDEN, 11, "cpro.error.forbidden"))))
			.addFilterBefore(new Credentials(connections, tokens, rates, properties, json), AuthorizationFilter.class);
		return http.build();
	}

	/** Writes a refusal in the envelope, in French with its English beside. */
	static void write(JsonMapper json, HttpServletResponse response, ApiFailure failure) throws IOException {
		response.setStatus(failure.status().value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), envelope(failure));
		response.flushBuffer();
	}

	static Map<String, Object> envelope(ApiFailure failure) {
		return envelope(failure.code(), failure.message(), failure.field());
	}

	/**
	 * A refusal's envelope: codeRetour, the French libelle, the English message, the
	 * stable key of the message, and the field at fault when there is one.
	 */
	static Map<String, Object> envelope(int code, Message message, String field) {
		String prefix = (field != null) ? field + " : " : "";
		Map<String, Object> answer = Answer.object();
		answer.put("codeRetour", code);
		answer.put("libelle", prefix + message.text(Locale.FRENCH));
		answer.put("message", prefix + message.text(Locale.ENGLISH));
		answer.put("erreur", message.getCodes()[0]);
		if (field != null) {
			answer.put("champ", field);
		}
		return answer;
	}

	/** Checks the two credentials of a {@code /cpro/...} call, then its rate. */
	static final class Credentials extends OncePerRequestFilter {

		private final Connections connections;

		private final AccessTokens tokens;

		private final CallRates rates;

		private final CproProperties properties;

		private final JsonMapper json;

		Credentials(Connections connections, AccessTokens tokens, CallRates rates, CproProperties properties,
				JsonMapper json) {
			this.connections = connections;
			this.tokens = tokens;
			this.rates = rates;
			this.properties = properties;
			this.json = json;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/cpro/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Caller caller;
			try {
				if (request.getContentLengthLong() > this.properties.maxBody().toBytes()) {
					throw ApiFailure.invalid("cpro.error.tooLarge", this.properties.maxBody().toMegabytes());
				}
				long wait = this.rates.failuresWait(request.getRemoteAddr());
				if (wait > 0) {
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
					throw new ApiFailure(HttpStatus.TOO_MANY_REQUESTS, 12, "cpro.error.rate", wait);
				}
				String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
				if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
					throw ApiFailure.unauthenticated("cpro.error.token.missing");
				}
				if (!this.tokens.valid(authorization.substring(7).strip())) {
					throw ApiFailure.unauthenticated("cpro.error.token.invalid");
				}
				caller = this.connections.authenticate(request.getHeader("cpro-account"));
			}
			catch (ApiFailure failure) {
				if (failure.status() == HttpStatus.UNAUTHORIZED) {
					this.rates.failed(request.getRemoteAddr());
				}
				write(this.json, response, failure);
				return;
			}
			long wait = this.rates.take(caller.technicalAccount());
			if (wait > 0) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
				write(this.json, response, new ApiFailure(HttpStatus.TOO_MANY_REQUESTS, 12, "cpro.error.rate", wait));
				return;
			}
			long max = this.properties.maxBody().toBytes();
			HttpServletRequest limited = (request.getContentLengthLong() >= 0) ? request : new Limited(request, max);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
					List.of(new SimpleGrantedAuthority(API_USER))));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(limited, response);
			}
			finally {
				CallQueue.leave(limited);
				SecurityContextHolder.clearContext();
			}
		}

	}

	/** A body sent without its length (chunked), read no further than the limit. */
	static final class Limited extends HttpServletRequestWrapper {

		private final long max;

		Limited(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = body.read();
					count((b < 0) ? 0 : 1);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = body.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) throws TooLarge {
					this.read += n;
					if (this.read > Limited.this.max) {
						throw new TooLarge();
					}
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}

			};
		}

	}

	/** A body beyond {@code chorale.cpro.max-body}. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("Request body over the limit");
		}

	}

}
