package org.chorale.sirene;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chorale.sirene.*}.
 *
 * @param api INSEE's API Sirene, asked for a SIRET the local register does not hold; off
 * without a key
 * @param demoEstablishments how many establishments the generated demo register has
 */
@Validated
@ConfigurationProperties("chorale.sirene")
public record SireneProperties(@Valid @NotNull @DefaultValue Api api,
		@DefaultValue("20000") @Min(100) int demoEstablishments) {

	/**
	 * @param key the integration key of INSEE's API portal (X-INSEE-Api-Key-Integration);
	 * give it through the environment ({@code CHORALE_SIRENE_API_KEY}), never in a file
	 * @param baseUrl the API's base address
	 * @param timeout how long to wait for INSEE's answer
	 */
	public record Api(String key, @DefaultValue("https://api.insee.fr/api-sirene/3.11") @NotNull URI baseUrl,
			@DefaultValue("5s") @NotNull Duration timeout) {

		boolean enabled() {
			return this.key != null && !this.key.isBlank();
		}

	}

}
