package org.chorale.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person ({@code me}), for the header's account menu. */
@ControllerAdvice
class SignedInModel {

	@ModelAttribute("me")
	SignedInUser me(@AuthenticationPrincipal SignedInUser me) {
		return me;
	}

}
