package org.chorale.invoice.format;

import java.util.List;
import java.util.Optional;

/**
 * The seller (BG-4) or the buyer (BG-7) as the invoice names them.
 *
 * @param name BT-27 / BT-44, the registration name, else the trading name
 * @param identifiers BT-29 / BT-46, BT-30 / BT-47 and the electronic address BT-34 /
 * BT-49, in that order
 * @param vatNumber BT-31 / BT-48
 */
public record Party(Optional<String> name, List<PartyIdentifier> identifiers, Optional<String> vatNumber) {

	public Party {
		identifiers = List.copyOf(identifiers);
	}

	/** The first identifier in the SIRET scheme (0009), as written. */
	public Optional<String> siret() {
		return this.identifiers.stream().filter(PartyIdentifier::siret).map(PartyIdentifier::value).findFirst();
	}

}
