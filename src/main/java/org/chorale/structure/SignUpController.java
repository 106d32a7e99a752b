package org.chorale.structure;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.chorale.account.PersonDetails;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.Language;
import org.chorale.shared.Refusal;
import org.chorale.system.FormErrors;
import org.chorale.system.PublicPages;
import org.chorale.system.RateLimits;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;

/**
 * "Créer un compte": login e-mail and SIRET, then the structure and the person, then the
 * work areas; or, when the structure is already on the platform, a join request. The last
 * step creates everything at once and e-mails the activation link.
 */
@Controller
@RequestMapping("/inscription")
@SessionAttributes("signUp")
class SignUpController {

	private final SignUpStart start;

	private final StructureManagement structures;

	private final RateLimits limits;

	SignUpController(SignUpStart start, StructureManagement structures, RateLimits limits) {
		this.start = start;
		this.structures = structures;
		this.limits = limits;
	}

	@Bean
	static PublicPages signUpPages() {
		return PublicPages.of("/inscription", "/inscription/**");
	}

	@ModelAttribute("signUp")
	SignUp signUp() {
		return new SignUp();
	}

	@GetMapping
	String startForm(@ModelAttribute("signUp") SignUp signUp, Model model, Locale locale) {
		model.addAttribute("form", StartForm.of(signUp));
		return startPage(model, locale);
	}

	@PostMapping
	String start(@ModelAttribute("form") StartForm form, BindingResult result, Model model, Locale locale) {
		Optional<SignUp> started = result.hasErrors() ? Optional.empty() : this.start.start(form, result);
		if (started.isEmpty()) {
			return startPage(model, locale);
		}
		model.addAttribute("signUp", started.get());
		return started.get().joining() ? "redirect:/inscription/rattachement" : "redirect:/inscription/structure";
	}

	@GetMapping("/structure")
	String structureForm(@ModelAttribute("signUp") SignUp signUp, Model model, Locale locale) {
		if (!signUp.creating()) {
			return "redirect:/inscription";
		}
		StructureForm form = signUp.structure;
		if (form.contactEmail().isEmpty()) {
			form = new StructureForm(form.name(), form.addressLine(), form.addressComplement(), form.postalCode(),
					form.city(), form.addressCountry(), form.firstName(), form.lastName(), form.phone(),
					signUp.loginEmail, false);
		}
		model.addAttribute("form", form);
		return structurePage(model, locale);
	}

	@PostMapping("/structure")
	String structure(@ModelAttribute("signUp") SignUp signUp, @ModelAttribute("form") StructureForm form,
			BindingResult result, Model model, Locale locale) {
		if (!signUp.creating()) {
			return "redirect:/inscription";
		}
		boolean valid = !result.hasErrors() & form.structure(result, signUp.nonDiffusible).isPresent()
				& form.person(result).isPresent() & form.termsChecked(result);
		if (!valid) {
			return structurePage(model, locale);
		}
		signUp.structure = form;
		return "redirect:/inscription/espaces";
	}

	@GetMapping("/espaces")
	String workAreasForm(@ModelAttribute("signUp") SignUp signUp, Model model) {
		if (!signUp.described()) {
			return "redirect:/inscription";
		}
		model.addAttribute("areas", WorkArea.values());
		return "structure/sign-up-areas";
	}

	@PostMapping("/espaces")
	String create(@ModelAttribute("signUp") SignUp signUp,
			@RequestParam(name = "workAreas", required = false) Set<WorkArea> areas, SessionStatus status, Model model,
			Locale locale, HttpServletRequest request) {
		if (!signUp.described()) {
			return "redirect:/inscription";
		}
		signUp.workAreas = (areas == null) ? EnumSet.noneOf(WorkArea.class) : EnumSet.copyOf(areas);
		try {
			this.limits.check(RateLimits.Action.SIGN_UP, request.getRemoteAddr(), signUp.loginEmail);
			BindingResult result = new BeanPropertyBindingResult(signUp.structure, "form");
			StructureForm form = signUp.structure;
			this.structures.register(new NewStructure(signUp.structureIdentifier(), new Country(signUp.country),
					form.structure(result, signUp.nonDiffusible).orElseThrow(), signUp.nonDiffusible, signUp.kind),
					signUp.workAreas, new EmailAddress(signUp.loginEmail), form.person(result).orElseThrow(),
					Language.of(locale));
		}
		catch (Refusal ex) {
			model.addAttribute("refusal", ex);
			model.addAttribute("areas", WorkArea.values());
			return "structure/sign-up-areas";
		}
		status.setComplete();
		model.addAttribute("loginEmail", signUp.loginEmail);
		return "structure/sign-up-sent";
	}

	@GetMapping("/rattachement")
	String joinForm(@ModelAttribute("signUp") SignUp signUp, Model model) {
		if (!signUp.joining()) {
			return "redirect:/inscription";
		}
		model.addAttribute("form", new JoinForm("", "", "", signUp.loginEmail, "", false));
		return joinPage(signUp, model);
	}

	@PostMapping("/rattachement")
	String join(@ModelAttribute("signUp") SignUp signUp, @ModelAttribute("form") JoinForm form, BindingResult result,
			SessionStatus status, Model model, Locale locale, HttpServletRequest request) {
		if (!signUp.joining()) {
			return "redirect:/inscription";
		}
		Optional<PersonDetails> person = PersonDetails.from(result, form.firstName(), form.lastName(), form.phone(),
				form.contactEmail());
		if (!form.termsAccepted()) {
			result.rejectValue("termsAccepted", "signUp.terms.required");
		}
		if (person.isEmpty() || result.hasErrors()) {
			return joinPage(signUp, model);
		}
		try {
			this.limits.check(RateLimits.Action.SIGN_UP, request.getRemoteAddr(), signUp.loginEmail);
			this.structures.requestToJoin(new StructureId(signUp.existingStructure),
					new EmailAddress(signUp.loginEmail), person.get(), Language.of(locale), form.message());
		}
		catch (Refusal ex) {
			FormErrors.reject(result, ex);
			return joinPage(signUp, model);
		}
		status.setComplete();
		model.addAttribute("loginEmail", signUp.loginEmail);
		model.addAttribute("joining", true);
		return "structure/sign-up-sent";
	}

	private String startPage(Model model, Locale locale) {
		model.addAttribute("countries", Country.all(locale));
		model.addAttribute("identifierTypes", EnumSet.complementOf(EnumSet.of(IdentifierType.SIRET)));
		return "structure/sign-up-start";
	}

	private String structurePage(Model model, Locale locale) {
		model.addAttribute("countries", Country.all(locale));
		return "structure/sign-up-structure";
	}

	private String joinPage(SignUp signUp, Model model) {
		model.addAttribute("structure",
				this.structures.structures(List.of(new StructureId(signUp.existingStructure))).get(0));
		return "structure/sign-up-join";
	}

	record JoinForm(String firstName, String lastName, String phone, String contactEmail, String message,
			Boolean termsAccepted) {

		JoinForm {
			termsAccepted = Boolean.TRUE.equals(termsAccepted);
		}

	}

}
