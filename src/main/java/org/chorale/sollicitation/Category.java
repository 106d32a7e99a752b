package org.chorale.sollicitation;

/**
 * A request's category (Chorus Pro's catégorie de sollicitation), which says who answers
 * it: a public recipient or the platform's support. Chorus Pro's own codes are not
 * published; these follow its portal's headings ("Gestion des structures et
 * utilisateurs"...), and each sub-category belongs to one category.
 */
public enum Category {

	/** About invoices sent to a public recipient: its services answer. */
	FACTURES(true),
	/** A general question to a public recipient ("ticket d'ordre général"). */
	ORDRE_GENERAL(true),
	/**
	 * Structures and users: accounts, join requests, primary managers. Support answers.
	 */
	STRUCTURES_UTILISATEURS(false),
	/** Deposits rejected or misunderstood. Support answers. */
	DEPOT_FACTURES(false),
	/** API, EDI and technical accounts. Support answers. */
	RACCORDEMENT(false),
	/** Anything else for support. */
	AUTRE(false);

	private final boolean toRecipient;

	Category(boolean toRecipient) {
		this.toRecipient = toRecipient;
	}

	/** Whether a public recipient answers it, rather than support. */
	public boolean toRecipient() {
		return this.toRecipient;
	}

	public String labelKey() {
		return "sollicitation.category." + name();
	}

	/** Its technical id in the API (idTechniqueCategorie). */
	public int technicalId() {
		return ordinal() + 1;
	}

}
