package org.chorale.directory;

import java.time.LocalDate;
import java.util.Optional;

import org.chorale.shared.StructureIdentifier;

/**
 * What an invoice says of where it goes, as every deposit channel hands it to the
 * directory.
 *
 * @param recipient the recipient structure (destinataire.codeDestinataire)
 * @param serviceCode the service code as typed (codeServiceExecutant, BT-10 in Chorus
 * Pro's mapping); blank counts as absent
 * @param commitmentNumber the commitment number as typed (numeroBonCommande, BT-13);
 * blank counts as absent
 * @param supplier the depositing supplier, empty when checking before any deposit
 * @param date the day services and commitments must be valid on
 */
public record RoutingRequest(StructureIdentifier recipient, Optional<String> serviceCode,
		Optional<String> commitmentNumber, Optional<StructureIdentifier> supplier, LocalDate date) {

	public RoutingRequest {
		serviceCode = serviceCode.map(String::strip).filter(code -> !code.isEmpty());
		commitmentNumber = commitmentNumber.map(String::strip).filter(number -> !number.isEmpty());
	}

}
