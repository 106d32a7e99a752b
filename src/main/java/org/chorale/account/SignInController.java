package org.chorale.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	private final AccountProperties properties;

	SignInController(AccountProperties properties) {
		this.properties = properties;
	}

	@GetMapping(SignInConfiguration.SIGN_IN)
	String signIn(Model model) {
		model.addAttribute("maxFailedSignIns", this.properties.maxFailedSignIns());
		model.addAttribute("lockMinutes", this.properties.lockDuration().toMinutes());
		return "account/sign-in";
	}

}
