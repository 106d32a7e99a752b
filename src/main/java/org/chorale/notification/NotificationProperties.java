package org.chorale.notification;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chorale.notification.*}
 *
 * @param sender the From of every e-mail
 * @param baseUrl the portal's address as people reach it, for the links in e-mails; blank
 * for http://localhost and the port Chorale listens on (a machine trying Chorale)
 */
@Validated
@ConfigurationProperties("chorale.notification")
record NotificationProperties(@DefaultValue("Chorale <ne-pas-repondre@chorale.localhost>") @NotBlank String sender,
		@DefaultValue("") String baseUrl) {

}
