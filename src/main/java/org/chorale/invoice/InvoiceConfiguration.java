package org.chorale.invoice;

import java.time.Clock;

import org.chorale.invoice.validation.InvoiceValidator;
import org.chorale.invoice.validation.RuleSets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class InvoiceConfiguration {

	@Bean
	RuleSets ruleSets() {
		return new RuleSets();
	}

	@Bean
	InvoiceValidator invoiceValidator(RuleSets ruleSets) {
		return new InvoiceValidator(ruleSets);
	}

	@Bean
	DocumentStore documentStore(InvoiceProperties properties, JdbcClient jdbc) {
		return new DatabaseDocumentStore(jdbc, properties.documentsInDatabase().toBytes(),
				new FileSystemDocumentStore(properties.documents()));
	}

	@Bean
	ValidateCommand validateCommand(InvoiceValidator validator, Clock clock) {
		return new ValidateCommand(validator, clock);
	}

}
