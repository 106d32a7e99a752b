package org.chorale.sirene;

import java.util.List;

/** Every column of INSEE's stock files, in INSEE's order (Sirene 4, API version 3.11). */
final class InseeHeaders {

	static final List<String> UNITE_LEGALE = List.of("siren", "statutDiffusionUniteLegale", "unitePurgeeUniteLegale",
			"dateCreationUniteLegale", "sigleUniteLegale", "sexeUniteLegale", "prenom1UniteLegale",
			"prenom2UniteLegale", "prenom3UniteLegale", "prenom4UniteLegale", "prenomUsuelUniteLegale",
			"pseudonymeUniteLegale", "identifiantAssociationUniteLegale", "trancheEffectifsUniteLegale",
			"anneeEffectifsUniteLegale", "dateDernierTraitementUniteLegale", "nombrePeriodesUniteLegale",
			"categorieEntreprise", "anneeCategorieEntreprise", "dateDebut", "etatAdministratifUniteLegale",
			"nomUniteLegale", "nomUsageUniteLegale", "denominationUniteLegale", "denominationUsuelle1UniteLegale",
			"denominationUsuelle2UniteLegale", "denominationUsuelle3UniteLegale", "categorieJuridiqueUniteLegale",
			"activitePrincipaleUniteLegale", "nomenclatureActivitePrincipaleUniteLegale", "nicSiegeUniteLegale",
			"economieSocialeSolidaireUniteLegale", "societeMissionUniteLegale", "caractereEmployeurUniteLegale");

	static final List<String> ETABLISSEMENT = List.of("siren", "nic", "siret", "statutDiffusionEtablissement",
			"dateCreationEtablissement", "trancheEffectifsEtablissement", "anneeEffectifsEtablissement",
			"activitePrincipaleRegistreMetiersEtablissement", "dateDernierTraitementEtablissement",
			"etablissementSiege", "nombrePeriodesEtablissement", "complementAdresseEtablissement",
			"numeroVoieEtablissement", "indiceRepetitionEtablissement", "dernierNumeroVoieEtablissement",
			"indiceRepetitionDernierNumeroVoieEtablissement", "typeVoieEtablissement", "libelleVoieEtablissement",
			"codePostalEtablissement", "libelleCommuneEtablissement", "libelleCommuneEtrangerEtablissement",
			"distributionSpecialeEtablissement", "codeCommuneEtablissement", "codeCedexEtablissement",
			"libelleCedexEtablissement", "codePaysEtrangerEtablissement", "libellePaysEtrangerEtablissement",
			"identifiantAdresseEtablissement", "coordonneeLambertAbscisseEtablissement",
			"coordonneeLambertOrdonneeEtablissement", "complementAdresse2Etablissement", "numeroVoie2Etablissement",
			"indiceRepetition2Etablissement", "typeVoie2Etablissement", "libelleVoie2Etablissement",
			"codePostal2Etablissement", "libelleCommune2Etablissement", "libelleCommuneEtranger2Etablissement",
			"distributionSpeciale2Etablissement", "codeCommune2Etablissement", "codeCedex2Etablissement",
			"libelleCedex2Etablissement", "codePaysEtranger2Etablissement", "libellePaysEtranger2Etablissement",
			"dateDebut", "etatAdministratifEtablissement", "enseigne1Etablissement", "enseigne2Etablissement",
			"enseigne3Etablissement", "denominationUsuelleEtablissement", "activitePrincipaleEtablissement",
			"nomenclatureActivitePrincipaleEtablissement", "caractereEmployeurEtablissement");

	private InseeHeaders() {
	}

}
