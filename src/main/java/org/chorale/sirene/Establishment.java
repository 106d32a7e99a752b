package org.chorale.sirene;

import java.time.LocalDate;
import java.util.Optional;

import org.chorale.shared.Siret;

/**
 * An establishment of the SIRENE register, as Chorale may show it. When INSEE marks the
 * establishment or its company "partiellement diffusible" the address is absent, so that
 * no page, API answer or log can show it.
 *
 * @param siret the establishment's SIRET
 * @param legalName the company's name (dénomination), or "First LAST" of an individual
 * entrepreneur; empty when INSEE does not disclose it
 * @param individualEntrepreneur whether the company is a natural person (catégorie
 * juridique 1000)
 * @param address empty when the establishment is partially diffusible
 * @param active whether the establishment and its company are both open
 * @param headOffice whether this establishment is the company's head office (siège)
 * @param nonDiffusible INSEE's "partiellement diffusible" status, Chorus Pro's
 * {@code nonDiffusibleInsee}
 * @param categorieJuridique INSEE's legal category code ("5710" SAS, "1000" individual
 * entrepreneur)
 * @param created the establishment's creation date, when known
 */
public record Establishment(Siret siret, Optional<String> legalName, boolean individualEntrepreneur,
		Optional<PostalAddress> address, boolean active, boolean headOffice, boolean nonDiffusible,
		Optional<String> categorieJuridique, Optional<LocalDate> created) {

	public Establishment {
		if (nonDiffusible) {
			address = Optional.empty();
		}
	}

}
