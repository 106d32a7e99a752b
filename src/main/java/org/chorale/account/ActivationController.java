package org.chorale.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chorale.shared.Refusal;
import org.chorale.system.FormErrors;
import org.chorale.system.RateLimits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The activation link: choose a password and a secret question, then land signed in. An
 * expired or used link says so and offers a new one.
 */
@Controller
class ActivationController {

	private final AccountManagement accounts;

	private final SignIn signIn;

	private final RateLimits limits;

	ActivationController(AccountManagement accounts, SignIn signIn, RateLimits limits) {
		this.accounts = accounts;
		this.signIn = signIn;
		this.limits = limits;
	}

	/** The link's token, for the page's form actions. */
	@ModelAttribute("token")
	String token(@PathVariable(required = false) String token) {
		return token;
	}

	@GetMapping("/activation/{token}")
	String form(@PathVariable String token, Model model) {
		LinkState state = this.accounts.followActivation(token);
		if (state != LinkState.VALID) {
			return invalid(state, model);
		}
		model.addAttribute("form", ActivationForm.EMPTY);
		return form(model);
	}

	@PostMapping("/activation/{token}")
	String activate(@PathVariable String token, @ModelAttribute("form") ActivationForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		LinkState state = this.accounts.followActivation(token);
		if (state != LinkState.VALID) {
			return invalid(state, model);
		}
		if (!result.hasErrors() && form.confirmed(result)) {
			try {
				Person person = this.accounts.activate(token, form.password(), form.secretQuestion(),
						form.secretAnswer());
				this.signIn.signIn(person.id(), request, response);
				return "redirect:" + SignInConfiguration.SIGNED_IN_HOME + "?active";
			}
			catch (Refusal ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
	}

	@PostMapping("/activation/{token}/renvoi")
	String resend(@PathVariable String token, Model model, HttpServletRequest request) {
		try {
			this.limits.check(RateLimits.Action.MAIL, request.getRemoteAddr(), null);
			this.accounts.resendActivation(token);
			return "account/link-sent";
		}
		catch (Refusal ex) {
			model.addAttribute("refusal", ex);
			return "account/link-invalid";
		}
	}

	private String form(Model model) {
		model.addAttribute("questions", SecretQuestion.values());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "account/activation";
	}

	private static String invalid(LinkState state, Model model) {
		model.addAttribute("state", state);
		return "account/link-invalid";
	}

}
