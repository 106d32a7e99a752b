package org.chorale.account;

import org.chorale.shared.Refusal;
import org.chorale.system.FormErrors;

import org.springframework.validation.BindingResult;

/** The activation page: the new password twice and the secret question. */
record ActivationForm(String password, String confirmation, SecretQuestion secretQuestion, String secretAnswer) {

	static final ActivationForm EMPTY = new ActivationForm("", "", null, "");

	/** Records the errors a form alone shows: a missing question, a mistyped copy. */
	boolean confirmed(BindingResult result) {
		if (this.secretQuestion == null) {
			FormErrors.reject(result, new Refusal("secretQuestion", "account.secretQuestion.required"));
		}
		return NewPassword.confirmed(this.password, this.confirmation, result) && this.secretQuestion != null;
	}

}
