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
 */
@Validated
@ConfigurationProperties("chorale.system")
public record SystemProperties(@Valid @NotNull @DefaultValue EmbeddedDatabase embeddedDatabase) {

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
