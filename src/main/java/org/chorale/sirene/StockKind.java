package org.chorale.sirene;

import java.util.List;
import java.util.stream.Collectors;

import org.chorale.sirene.StockColumn.Check;

/**
 * The two INSEE stock files Chorale imports, recognised by their header: legal units
 * (StockUniteLegale) and establishments (StockEtablissement). Columns are found by
 * INSEE's names, so their order and INSEE's extra columns do not matter.
 */
public enum StockKind {

	UNITE_LEGALE("sirene_unite_legale", "siren",
			List.of(StockColumn.of("siren", "siren", Check.DIGITS_9),
					StockColumn.of("statutDiffusionUniteLegale", "statut_diffusion", Check.DIFFUSION),
					StockColumn.of("etatAdministratifUniteLegale", "etat_administratif", Check.ETAT_UNITE_LEGALE),
					StockColumn.of("dateCreationUniteLegale", "date_creation", Check.DATE),
					StockColumn.of("denominationUniteLegale", "denomination", Check.TEXT),
					StockColumn.of("sigleUniteLegale", "sigle", Check.TEXT),
					StockColumn.of("nomUniteLegale", "nom", Check.TEXT),
					StockColumn.of("nomUsageUniteLegale", "nom_usage", Check.TEXT),
					StockColumn.of("prenomUsuelUniteLegale", "prenom_usuel", Check.TEXT),
					StockColumn.of("sexeUniteLegale", "sexe", Check.TEXT),
					StockColumn.of("categorieJuridiqueUniteLegale", "categorie_juridique", Check.TEXT),
					StockColumn.of("categorieEntreprise", "categorie_entreprise", Check.TEXT),
					StockColumn.of("activitePrincipaleUniteLegale", "activite_principale", Check.TEXT))),

	ETABLISSEMENT("sirene_etablissement", "siret",
			List.of(StockColumn.of("siret", "siret", Check.DIGITS_14), StockColumn.of("siren", "siren", Check.DIGITS_9),
					StockColumn.of("nic", null, Check.DIGITS_5),
					StockColumn.of("statutDiffusionEtablissement", "statut_diffusion", Check.DIFFUSION),
					StockColumn.of("etatAdministratifEtablissement", "etat_administratif", Check.ETAT_ETABLISSEMENT),
					StockColumn.of("etablissementSiege", "siege", Check.BOOLEAN),
					StockColumn.of("dateCreationEtablissement", "date_creation", Check.DATE),
					StockColumn.of("enseigne1Etablissement", "enseigne", Check.TEXT),
					StockColumn.of("denominationUsuelleEtablissement", "denomination_usuelle", Check.TEXT),
					StockColumn.address("complementAdresseEtablissement", "complement_adresse"),
					StockColumn.address("numeroVoieEtablissement", "numero_voie"),
					StockColumn.address("indiceRepetitionEtablissement", "indice_repetition"),
					StockColumn.address("typeVoieEtablissement", "type_voie"),
					StockColumn.address("libelleVoieEtablissement", "libelle_voie"),
					StockColumn.address("codePostalEtablissement", "code_postal"),
					StockColumn.address("libelleCommuneEtablissement", "libelle_commune"),
					StockColumn.address("libelleCommuneEtrangerEtablissement", "libelle_commune_etranger"),
					StockColumn.address("distributionSpecialeEtablissement", "distribution_speciale"),
					StockColumn.address("codePaysEtrangerEtablissement", "code_pays_etranger"),
					StockColumn.address("libellePaysEtrangerEtablissement", "libelle_pays_etranger"),
					StockColumn.of("activitePrincipaleEtablissement", "activite_principale", Check.TEXT)));

	private final String table;

	private final String key;

	private final List<StockColumn> columns;

	StockKind(String table, String key, List<StockColumn> columns) {
		this.table = table;
		this.key = key;
		this.columns = columns;
	}

	/** Recognises a file by its header: only establishments have a siret column. */
	static StockKind of(List<String> header) {
		if (header.contains("siret")) {
			return ETABLISSEMENT;
		}
		return header.contains("siren") ? UNITE_LEGALE : null;
	}

	List<StockColumn> columns() {
		return this.columns;
	}

	/** The columns stored, in order. */
	List<StockColumn> stored() {
		return this.columns.stream().filter(c -> c.column() != null).toList();
	}

	String table() {
		return this.table;
	}

	String key() {
		return this.key;
	}

	/** The stored columns, comma-separated, for SQL. */
	String columnList() {
		return stored().stream().map(StockColumn::column).collect(Collectors.joining(", "));
	}

}
