package org.chorale.sollicitation;

import java.util.Arrays;
import java.util.List;

/** A request's sub-category (sous-catégorie), within one {@link Category}. */
public enum SubCategory {

	SUIVI_TRAITEMENT(Category.FACTURES), PAIEMENT(Category.FACTURES), CONTESTATION_RETOUR(Category.FACTURES),
	DONNEES_FACTURATION(Category.FACTURES), QUESTION_GENERALE(Category.ORDRE_GENERAL),
	MARCHE_ENGAGEMENT(Category.ORDRE_GENERAL), CREATION_STRUCTURE_PUBLIQUE(Category.STRUCTURES_UTILISATEURS),
	NOMINATION_GESTIONNAIRE(Category.STRUCTURES_UTILISATEURS), COMPTE_ACTIVATION(Category.STRUCTURES_UTILISATEURS),
	RATTACHEMENT(Category.STRUCTURES_UTILISATEURS), FLUX_REJETE(Category.DEPOT_FACTURES),
	FORMATS_REGLES(Category.DEPOT_FACTURES), ACCES_API(Category.RACCORDEMENT), ANOMALIE(Category.RACCORDEMENT),
	AUTRE_DEMANDE(Category.AUTRE);

	private final Category category;

	SubCategory(Category category) {
		this.category = category;
	}

	public Category category() {
		return this.category;
	}

	public String labelKey() {
		return "sollicitation.subCategory." + name();
	}

	/** Its technical id in the API. */
	public int technicalId() {
		return ordinal() + 1;
	}

	public static List<SubCategory> of(Category category) {
		return Arrays.stream(values()).filter(sub -> sub.category == category).toList();
	}

}
