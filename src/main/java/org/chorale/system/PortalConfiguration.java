package org.chorale.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock every module reads the time from, asynchronous event listeners (e-mails are
 * sent after the transaction that caused them, off the request), scheduled jobs (the
 * daily digest), and the pages of this module that anyone may see.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class PortalConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PublicPages systemPages() {
		return PublicPages.of("/", "/error", "/vendor/**", "/css/**", "/favicon.ico");
	}

}
