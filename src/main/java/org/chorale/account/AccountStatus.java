package org.chorale.account;

/** Chorus Pro's {@code statutUtilisateur}, as far as a person can see it. */
public enum AccountStatus {

	/** Created; the person has not yet followed the activation link. */
	EN_ATTENTE_ACTIVATION,
	/** Password and secret question chosen: the person can sign in. */
	ACTIF

}
