package org.chorale.directory;

import java.time.LocalDate;
import java.util.Optional;

import org.chorale.shared.Refusal;
import org.chorale.shared.Text;

/**
 * What a manager says of a service: label, whether it is open and when, and what it asks
 * of invoices.
 *
 * @param startDate the first day it receives invoices, empty for "since always"
 * @param endDate the last day it receives invoices, empty for "no end"
 * @param commitmentRequired invoices to this service must give a commitment number
 * (parametres.numeroEngagement)
 * @param paymentStatusReported the service reports the "mise en paiement" status
 * (parametres.miseEnPaiement)
 */
record ServiceDetails(String name, boolean active, Optional<LocalDate> startDate, Optional<LocalDate> endDate,
		boolean commitmentRequired, boolean paymentStatusReported) {

	ServiceDetails {
		name = Text.required(name, "name", 200);
		if (startDate.isPresent() && endDate.isPresent() && endDate.get().isBefore(startDate.get())) {
			throw new Refusal("endDate", "service.dates.order");
		}
	}

}
