package org.chorale.cpro;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chorale.demo.*}, the API's part: one API client, and a technical user for the
 * demo supplier and for the demo recipient. Printed at start-up.
 */
@Validated
@ConfigurationProperties("chorale.demo")
record DemoConnectionProperties(@Valid @NotNull @DefaultValue Api api, @Valid @NotNull @DefaultValue Technical supplier,
		@Valid @NotNull @DefaultValue TechnicalRecipient recipient) {

	record Api(@DefaultValue("chorale-demo") @NotBlank String clientId,
			@DefaultValue("Secret-Demo-Api-2026") @NotBlank String clientSecret) {
	}

	record Technical(@DefaultValue("tech_fournisseur@demo.chorale.localhost") @NotBlank String technicalLogin,
			@DefaultValue("Tech-Papeterie-2026") @NotBlank String technicalPassword) {
	}

	record TechnicalRecipient(@DefaultValue("tech_acheteur@demo.chorale.localhost") @NotBlank String technicalLogin,
			@DefaultValue("Tech-Demoville-2026") @NotBlank String technicalPassword) {
	}

}
