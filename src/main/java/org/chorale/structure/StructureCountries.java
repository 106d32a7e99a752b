package org.chorale.structure;

import java.util.Optional;

import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

/**
 * Which countries go with which identifier types: a RIDET is from New Caledonia, a numéro
 * TAHITI from French Polynesia, an EU VAT number from the state of its prefix (EL is
 * Greece, XI Northern Ireland), and a structure "outside the EU" is not in France.
 */
final class StructureCountries {

	private StructureCountries() {
	}

	static boolean matches(IdentifierType type, Country country, Optional<StructureIdentifier> identifier) {
		return switch (type) {
			case RIDET -> country.code().equals("NC");
			case TAHITI -> country.code().equals("PF");
			case HORS_UE -> !country.equals(Country.FRANCE);
			case UE_HORS_FRANCE -> identifier.map(id -> vatCountry(id.value()).equals(country.code())).orElse(true);
			default -> true;
		};
	}

	private static String vatCountry(String vatNumber) {
		String prefix = vatNumber.substring(0, 2);
		return switch (prefix) {
			case "EL" -> "GR";
			case "XI" -> "GB";
			default -> prefix;
		};
	}

}
