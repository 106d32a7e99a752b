package org.chorale.sirene;

import java.util.Locale;
import java.util.Optional;

import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Siret;

import org.chorale.system.PublicPages;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Looks up an establishment by SIRET in the portal, as a supplier checks what the
 * register holds.
 */
@Controller
class SireneController {

	private final SireneManagement sirene;

	private final MessageSource messages;

	SireneController(SireneManagement sirene, MessageSource messages) {
		this.sirene = sirene;
		this.messages = messages;
	}

	@Bean
	static PublicPages sirenePages() {
		return PublicPages.of("/entreprises");
	}

	@GetMapping("/entreprises")
	String lookup(@RequestParam(name = "siret", required = false) String input, Locale locale, Model model) {
		model.addAttribute("siret", input);
		if (input == null || input.isBlank()) {
			return "sirene/lookup";
		}
		try {
			Siret siret = new Siret(input);
			Optional<Establishment> found = this.sirene.find(siret);
			model.addAttribute("establishment", found.orElse(null));
			model.addAttribute("notFound", found.isEmpty() ? siret.formatted() : null);
		}
		catch (InvalidIdentifier | RegisterUnavailable ex) {
			model.addAttribute("error", this.messages.getMessage(ex, locale));
		}
		return "sirene/lookup";
	}

}
