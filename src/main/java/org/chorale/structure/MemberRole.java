package org.chorale.structure;

/**
 * A member's role. The primary manager (gestionnaire principal) is the structure's first
 * person: they approve join requests, grant rights, open work areas and edit the
 * structure.
 */
public enum MemberRole {

	GESTIONNAIRE_PRINCIPAL, UTILISATEUR;

	public String labelKey() {
		return "memberRole." + name();
	}

}
