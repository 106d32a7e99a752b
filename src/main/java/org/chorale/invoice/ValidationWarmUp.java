package org.chorale.invoice;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.invoice.validation.RuleSets;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Compiles every rule set once the portal is up, in the background: the first invoice
 * would otherwise wait seconds for it. Readiness ({@code /actuator/health/readiness})
 * includes this indicator, so a load balancer sends no deposits before it is done.
 */
@Component("validation")
class ValidationWarmUp implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(ValidationWarmUp.class);

	private final RuleSets ruleSets;

	private final boolean enabled;

	private volatile boolean warm;

	ValidationWarmUp(RuleSets ruleSets, InvoiceProperties properties) {
		this.ruleSets = ruleSets;
		this.enabled = properties.warmUp();
		this.warm = !this.enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.enabled) {
			Thread thread = new Thread(this::warmUp, "validation-warm-up");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private void warmUp() {
		Instant start = Instant.now();
		this.ruleSets.warmUp();
		this.warm = true;
		log.info("Validation rule sets compiled in {} s", Duration.between(start, Instant.now()).toSeconds());
	}

	@Override
	public Health health() {
		return this.warm ? Health.up().build() : Health.outOfService().withDetail("rules", "compiling").build();
	}

}
