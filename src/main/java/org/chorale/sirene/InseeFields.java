package org.chorale.sirene;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.chorale.shared.Siret;

/**
 * Builds an {@link Establishment} from INSEE's field names
 * ({@code denominationUniteLegale}, {@code codePostalEtablissement}...), whether they
 * come from the register's tables or from the API Sirene.
 */
final class InseeFields {

	/** INSEE's street-type codes, spelt out as on a letter. */
	private static final Map<String, String> STREET_TYPES = Map.ofEntries(Map.entry("ALL", "ALLEE"),
			Map.entry("AV", "AVENUE"), Map.entry("BD", "BOULEVARD"), Map.entry("CHE", "CHEMIN"),
			Map.entry("CRS", "COURS"), Map.entry("IMP", "IMPASSE"), Map.entry("PL", "PLACE"),
			Map.entry("QUA", "QUARTIER"), Map.entry("RTE", "ROUTE"), Map.entry("SQ", "SQUARE"),
			Map.entry("FG", "FAUBOURG"), Map.entry("LD", "LIEU-DIT"), Map.entry("PROM", "PROMENADE"));

	private InseeFields() {
	}

	/**
	 * @param field a field's value by INSEE name; null, blank or "[ND]" when absent or
	 * undisclosed
	 */
	static Establishment establishment(UnaryOperator<String> field) {
		UnaryOperator<String> disclosed = name -> {
			String value = field.apply(name);
			return (value == null || value.isBlank() || value.equals("[ND]")) ? null : value.strip();
		};
		String unitDiffusion = disclosed.apply("statutDiffusionUniteLegale");
		boolean nonDiffusible = !"O".equals(disclosed.apply("statutDiffusionEtablissement"))
				|| (unitDiffusion != null && !"O".equals(unitDiffusion));
		boolean active = "A".equals(disclosed.apply("etatAdministratifEtablissement"))
				&& !"C".equals(disclosed.apply("etatAdministratifUniteLegale"));
		String categorie = disclosed.apply("categorieJuridiqueUniteLegale");
		String siege = disclosed.apply("etablissementSiege");
		return new Establishment(new Siret(disclosed.apply("siret")), legalName(disclosed), "1000".equals(categorie),
				Optional.of(address(disclosed)), active, "true".equals(siege) || "t".equals(siege), nonDiffusible,
				Optional.ofNullable(categorie),
				Optional.ofNullable(disclosed.apply("dateCreationEtablissement")).map(LocalDate::parse));
	}

	private static Optional<String> legalName(UnaryOperator<String> field) {
		String denomination = field.apply("denominationUniteLegale");
		if (denomination != null) {
			return Optional.of(denomination);
		}
		String usage = field.apply("nomUsageUniteLegale");
		String nom = (usage != null) ? usage : field.apply("nomUniteLegale");
		return Optional.ofNullable(PostalAddress.join(field.apply("prenomUsuelUniteLegale"), nom));
	}

	private static PostalAddress address(UnaryOperator<String> field) {
		String type = field.apply("typeVoieEtablissement");
		String street = PostalAddress.join(field.apply("numeroVoieEtablissement"),
				field.apply("indiceRepetitionEtablissement"),
				(type != null) ? STREET_TYPES.getOrDefault(type, type) : null, field.apply("libelleVoieEtablissement"));
		String complement = PostalAddress.join(field.apply("complementAdresseEtablissement"),
				field.apply("distributionSpecialeEtablissement"));
		boolean abroad = field.apply("codePaysEtrangerEtablissement") != null;
		String city = abroad ? field.apply("libelleCommuneEtrangerEtablissement")
				: field.apply("libelleCommuneEtablissement");
		String country = abroad ? field.apply("libellePaysEtrangerEtablissement") : "FRANCE";
		return new PostalAddress(street, complement, field.apply("codePostalEtablissement"), city, country);
	}

}
