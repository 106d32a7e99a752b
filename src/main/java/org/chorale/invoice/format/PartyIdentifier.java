package org.chorale.invoice.format;

import java.util.Optional;

/**
 * An identifier an invoice gives a party, with its ISO 6523 scheme when stated:
 * {@code 0009} is a SIRET, {@code 0002} a SIREN.
 */
public record PartyIdentifier(String value, Optional<String> scheme) {

	public static final String SIRET_SCHEME = "0009";

	public boolean siret() {
		return this.scheme.filter(SIRET_SCHEME::equals).isPresent();
	}

}
