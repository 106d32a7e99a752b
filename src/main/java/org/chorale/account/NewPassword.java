package org.chorale.account;

import org.chorale.shared.Refusal;
import org.chorale.system.FormErrors;

import org.springframework.validation.BindingResult;

/** A new password typed twice in a form. */
final class NewPassword {

	private NewPassword() {
	}

	static boolean confirmed(String password, String confirmation, BindingResult result) {
		if (password == null || !password.equals(confirmation)) {
			FormErrors.reject(result, new Refusal("confirmation", "account.password.mismatch"));
			return false;
		}
		return true;
	}

}
