package org.chorale.structure;

/** Chorus Pro's {@code statutRattachement}. */
public enum MembershipStatus {

	/** Asked; the primary manager has not decided yet. */
	EN_COURS_DE_VALIDATION,
	/** Approved: the person works for the structure. */
	VALIDEE,
	/** Refused by the primary manager. */
	REFUSEE,
	/** Detached by the primary manager (the person left). */
	DESACTIVEE;

	public String labelKey() {
		return "membershipStatus." + name();
	}

}
