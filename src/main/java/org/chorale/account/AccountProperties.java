package org.chorale.account;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chorale.account.*}
 *
 * @param activationLinkValidity how long an activation link works after it is sent
 * @param resetLinkValidity how long a password-reset link works after it is sent
 * @param maxFailedSignIns failed sign-ins in a row that lock the account
 * @param lockDuration how long a locked account stays locked
 */
@Validated
@ConfigurationProperties("chorale.account")
record AccountProperties(@DefaultValue("PT60M") Duration activationLinkValidity,
		@DefaultValue("PT60M") Duration resetLinkValidity, @DefaultValue("5") @Min(1) int maxFailedSignIns,
		@DefaultValue("PT1H") Duration lockDuration) {

}
