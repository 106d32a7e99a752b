package org.chorale.invoice;

import java.util.Locale;

import org.chorale.invoice.validation.BusinessTerms;

import org.springframework.stereotype.Component;

/** Business-term names for pages: {@code ${@businessTerms.label('BT-10', #locale)}}. */
@Component("businessTerms")
class BusinessTermLabels {

	public String label(String term, Locale locale) {
		return BusinessTerms.label(term, locale);
	}

}
