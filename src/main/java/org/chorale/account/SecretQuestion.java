package org.chorale.account;

/** The questions a person may pick to prove who they are when resetting a password. */
public enum SecretQuestion {

	PREMIER_ANIMAL, VILLE_NAISSANCE_MERE, PREMIERE_ECOLE, PREMIER_EMPLOYEUR, RUE_ENFANCE, LIVRE_ENFANCE;

	public String labelKey() {
		return "account.secretQuestion." + name();
	}

}
