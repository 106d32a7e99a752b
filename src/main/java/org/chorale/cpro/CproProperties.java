package org.chorale.cpro;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chorale.cpro.*}: the API's limits.
 *
 * @param callsPerSecond each technical user's sustained rate; more is answered 429
 * @param burst calls a technical user may make at once above that rate
 * @param maxBody the largest request body: an invoice file of 120 MB, base64-encoded
 * @param technicalPasswordValidity how long a technical user's password works: 424 days,
 * as Chorus Pro's
 * @param failedSignInsPerMinute failed credentials (token requests and cpro-account)
 * allowed per network address and minute, 10 at once; more are answered 429
 * @param webhooksToPrivateAddresses whether webhooks may point to loopback, private or
 * link-local addresses (off: a webhook must not reach the platform's own network)
 * @param concurrentCalls how many calls do their work at once, the others waiting their
 * turn in order ({@link CallQueue}); 0, the default, for twice the processors
 */
@Validated
@ConfigurationProperties("chorale.cpro")
record CproProperties(@DefaultValue("50") @Positive int callsPerSecond, @DefaultValue("100") @Positive int burst,
		@DefaultValue("170MB") DataSize maxBody, @DefaultValue("P424D") Duration technicalPasswordValidity,
		@DefaultValue("false") boolean webhooksToPrivateAddresses,
		@DefaultValue("30") @Positive int failedSignInsPerMinute,
		@DefaultValue("0") @PositiveOrZero int concurrentCalls) {

	/** {@link #concurrentCalls}, with its default worked out. */
	int callsAtOnce() {
		return (this.concurrentCalls > 0) ? this.concurrentCalls : 2 * Runtime.getRuntime().availableProcessors();
	}

}
