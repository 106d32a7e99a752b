package org.chorale.invoice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, subcontractors' and co-contractors' invoices left unanswered by their
 * validator for 15 days are approved tacitly and go on to their recipient. Nodes sharing
 * the database skip each other's invoices.
 */
@Component
class ValidationDeadline {

	private static final Logger log = LoggerFactory.getLogger(ValidationDeadline.class);

	private final InvoiceProcessing processing;

	ValidationDeadline(InvoiceProcessing processing) {
		this.processing = processing;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void approveTacitly() {
		int approved = this.processing.approveTacitly();
		if (approved > 0) {
			log.info("{} invoice(s) approved tacitly after {} without their validator's answer", approved,
					InvoiceProcessing.VALIDATE_WITHIN);
		}
	}

}
