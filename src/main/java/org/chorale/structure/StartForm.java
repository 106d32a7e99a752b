package org.chorale.structure;

import org.chorale.shared.IdentifierType;

/**
 * The first sign-up step: the login e-mail and the structure's SIRET, or, for a structure
 * without one, its country, identifier type and identifier.
 */
record StartForm(String loginEmail, Boolean withoutSiret, String siret, String country, IdentifierType identifierType,
		String identifier) {

	StartForm {
		withoutSiret = Boolean.TRUE.equals(withoutSiret);
	}

	static StartForm of(SignUp signUp) {
		if (!signUp.started()) {
			return new StartForm("", false, "", "", null, "");
		}
		boolean siret = signUp.identifierType == IdentifierType.SIRET;
		return new StartForm(signUp.loginEmail, !siret, siret ? signUp.identifier : "", signUp.country,
				signUp.identifierType, siret ? "" : signUp.identifier);
	}

}
