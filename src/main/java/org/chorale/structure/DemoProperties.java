package org.chorale.structure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chorale.demo.*}: the ready accounts of a demo instance (embedded default), a
 * supplier's, a public recipient's, a platform administrator's and a support agent's.
 * Printed at start-up.
 */
@Validated
@ConfigurationProperties("chorale.demo")
record DemoProperties(@Valid @NotNull @DefaultValue Supplier supplier,
		@Valid @NotNull @DefaultValue Recipient recipient, @Valid @NotNull @DefaultValue Administrator administrator,
		@Valid @NotNull @DefaultValue Support support) {

	record Supplier(@DefaultValue("fournisseur@demo.chorale.localhost") @NotBlank String login,
			@DefaultValue("Papeterie-Lilas-2026") @NotBlank String password) {
	}

	record Recipient(@DefaultValue("acheteur@demo.chorale.localhost") @NotBlank String login,
			@DefaultValue("Mairie-Demoville-2026") @NotBlank String password) {
	}

	record Administrator(@DefaultValue("admin@demo.chorale.localhost") @NotBlank String login,
			@DefaultValue("Annuaire-Central-Vert-42") @NotBlank String password) {
	}

	record Support(@DefaultValue("support@demo.chorale.localhost") @NotBlank String login,
			@DefaultValue("Comptoir-Lilas-Reponse-73") @NotBlank String password) {
	}

}
