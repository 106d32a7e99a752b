package org.chorale.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chorale.system.*}: the embedded database used when no
 * {@code spring.datasource.url} is set. {@code chorale.system.demo-data} is read by
 * {@link ConditionalOnDemoData}.
 *
 * @param embeddedDatabase where and how the embedded PostgreSQL runs
 * @param rateLimits how often one address may create accounts, sign in or ask for mails
 */
@Validated
@ConfigurationProperties("chorale.system")
public record SystemProperties(@Valid @NotNull @DefaultValue EmbeddedDatabase embeddedDatabase,
		@Valid @NotNull @DefaultValue Limits rateLimits) {

	/**
	 * How many attempts each network address and each e-mail address may make per window
	 * (defaults in application.properties).
	 *
	 * @param signUp account creations
	 * @param signIn sign-in attempts
	 * @param mail e-mails sent on request (activation links again, password resets)
	 */
	public record Limits(@Valid @NotNull Limit signUp, @Valid @NotNull Limit signIn, @Valid @NotNull Limit mail) {

		Limit of(org.chorale.system.RateLimits.Action action) {
			return switch (action) {
				case SIGN_UP -> this.signUp;
				case SIGN_IN -> this.signIn;
				case MAIL -> this.mail;
			};
		}

	}

	/**
	 * @param perAddress attempts per network address in the window
	 * @param perEmail attempts per e-mail address in the window
	 */
	public record Limit(@Min(1) int perAddress, @Min(1) int perEmail, @NotNull java.time.Duration window) {

	}

	/**
	 * @param directory the data directory, kept across restarts; blank for a throwaway
	 * database deleted at stop
	 * @param port the port to listen on (127.0.0.1 only); 0 picks a free one
	 */
	public record EmbeddedDatabase(@DefaultValue("./data/postgres") String directory,
			@DefaultValue("0") @Min(0) @Max(65535) int port) {

		boolean throwaway() {
			return this.directory == null || this.directory.isBlank();
		}

	}

}
