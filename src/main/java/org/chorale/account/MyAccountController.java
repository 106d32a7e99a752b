package org.chorale.account;

import java.util.Optional;

import org.chorale.shared.Refusal;
import org.chorale.system.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mon compte": names, phone, contact e-mail, password and secret question. The login
 * e-mail is the account's identifier and is shown, not edited.
 */
@Controller
class MyAccountController {

	private static final String PAGE = "account/my-account";

	private final AccountManagement accounts;

	MyAccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/mon-compte")
	String show(@AuthenticationPrincipal SignedInUser me, Model model) {
		Person person = this.accounts.find(me.accountId()).orElseThrow();
		model.addAttribute("details", DetailsForm.of(person));
		model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		model.addAttribute("questionForm", new QuestionForm("", null, ""));
		return page(person, model);
	}

	@PostMapping("/mon-compte")
	String details(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("details") DetailsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<PersonDetails> details = form.details(result);
		if (details.isPresent()) {
			this.accounts.updateDetails(me.accountId(), details.get());
			redirect.addFlashAttribute("saved", "account.saved.details");
			return "redirect:/mon-compte";
		}
		model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		model.addAttribute("questionForm", new QuestionForm("", null, ""));
		return page(this.accounts.find(me.accountId()).orElseThrow(), model);
	}

	@PostMapping("/mon-compte/mot-de-passe")
	String password(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (NewPassword.confirmed(form.password(), form.confirmation(), result)) {
			try {
				this.accounts.changePassword(me.accountId(), form.currentPassword(), form.password());
				redirect.addFlashAttribute("saved", "account.saved.password");
				return "redirect:/mon-compte";
			}
			catch (Refusal ex) {
				FormErrors.reject(result, ex);
			}
		}
		return failed(me, model, "questionForm", new QuestionForm("", null, ""));
	}

	@PostMapping("/mon-compte/question-secrete")
	String question(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("questionForm") QuestionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			if (form.secretQuestion() == null) {
				throw new Refusal("secretQuestion", "account.secretQuestion.required");
			}
			this.accounts.changeSecretQuestion(me.accountId(), form.currentPassword(), form.secretQuestion(),
					form.secretAnswer());
			redirect.addFlashAttribute("saved", "account.saved.question");
			return "redirect:/mon-compte";
		}
		catch (Refusal ex) {
			FormErrors.reject(result, ex);
		}
		return failed(me, model, "passwordForm", new PasswordForm("", "", ""));
	}

	private String failed(SignedInUser me, Model model, String otherForm, Object empty) {
		Person person = this.accounts.find(me.accountId()).orElseThrow();
		model.addAttribute("details", DetailsForm.of(person));
		model.addAttribute(otherForm, empty);
		return page(person, model);
	}

	private String page(Person person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("questions", SecretQuestion.values());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return PAGE;
	}

	record DetailsForm(String firstName, String lastName, String phone, String contactEmail) {

		static DetailsForm of(Person person) {
			return new DetailsForm(person.firstName(), person.lastName(), person.phone().orElse(""),
					person.contactEmail().value());
		}

		Optional<PersonDetails> details(BindingResult result) {
			return PersonDetails.from(result, this.firstName, this.lastName, this.phone, this.contactEmail);
		}

	}

	record PasswordForm(String currentPassword, String password, String confirmation) {
	}

	record QuestionForm(String currentPassword, SecretQuestion secretQuestion, String secretAnswer) {
	}

}
