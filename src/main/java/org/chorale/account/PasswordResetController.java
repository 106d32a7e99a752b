package org.chorale.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.chorale.shared.EmailAddress;
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
 * Forgotten password: a link e-mailed to the login address, then the secret question and
 * a new password. The page answers the same whether the address has an account or not.
 */
@Controller
class PasswordResetController {

	private final AccountManagement accounts;

	private final RateLimits limits;

	PasswordResetController(AccountManagement accounts, RateLimits limits) {
		this.accounts = accounts;
		this.limits = limits;
	}

	/** The link's token, for the page's form actions. */
	@ModelAttribute("token")
	String token(@PathVariable(required = false) String token) {
		return token;
	}

	@GetMapping("/mot-de-passe-oublie")
	String forgot(Model model) {
		model.addAttribute("form", new ForgotForm(""));
		return "account/forgot";
	}

	@PostMapping("/mot-de-passe-oublie")
	String requestLink(@ModelAttribute("form") ForgotForm form, BindingResult result, HttpServletRequest request) {
		Optional<EmailAddress> email = FormErrors.field(result, "email", () -> new EmailAddress(form.email()));
		if (email.isEmpty()) {
			return "account/forgot";
		}
		try {
			this.limits.check(RateLimits.Action.MAIL, request.getRemoteAddr(), email.get().value());
		}
		catch (Refusal ex) {
			FormErrors.reject(result, ex);
			return "account/forgot";
		}
		this.accounts.requestReset(email.get());
		return "account/reset-sent";
	}

	@GetMapping("/reinitialisation/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("form", new ResetForm("", "", ""));
		return page(token, model);
	}

	@PostMapping("/reinitialisation/{token}")
	String reset(@PathVariable String token, @ModelAttribute("form") ResetForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors() && NewPassword.confirmed(form.password(), form.confirmation(), result)) {
			try {
				this.accounts.resetPassword(token, form.secretAnswer(), form.password());
				return "redirect:" + SignInConfiguration.SIGN_IN + "?reinitialise";
			}
			catch (Refusal ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(token, model);
	}

	private String page(String token, Model model) {
		Optional<SecretQuestion> question = this.accounts.resetQuestion(token);
		if (question.isEmpty()) {
			model.addAttribute("state", LinkState.EXPIRED);
			model.addAttribute("reset", true);
			return "account/link-invalid";
		}
		model.addAttribute("question", question.get());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "account/reset";
	}

	record ForgotForm(String email) {
	}

	record ResetForm(String secretAnswer, String password, String confirmation) {
	}

}
