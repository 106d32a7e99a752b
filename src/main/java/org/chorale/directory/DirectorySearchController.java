package org.chorale.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.chorale.system.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory as suppliers search it, signed in or not: who the public recipients are
 * and what each asks of invoices (service code? commitment number?), with a check of a
 * service code and commitment number before depositing.
 */
@Controller
class DirectorySearchController {

	private final Directory directory;

	private final Clock clock;

	DirectorySearchController(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	@Bean
	static PublicPages directoryPages() {
		return PublicPages.of("/annuaire", "/annuaire/**");
	}

	@GetMapping("/annuaire")
	String search(@RequestParam(name = "q", defaultValue = "") String query, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("q", query);
		if (!query.isBlank()) {
			model.addAttribute("results", this.directory.search(query, page));
		}
		return "directory/search";
	}

	@GetMapping("/annuaire/{id}")
	String recipient(@PathVariable long id, @RequestParam(defaultValue = "") String services,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String serviceCode,
			@RequestParam(required = false) String commitmentNumber, Model model) {
		RecipientView recipient = this.directory.recipient(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("recipient", recipient);
		model.addAttribute("services", services);
		model.addAttribute("servicePage", this.directory.services(id, services, page));
		if (serviceCode != null || commitmentNumber != null) {
			model.addAttribute("serviceCode", serviceCode);
			model.addAttribute("commitmentNumber", commitmentNumber);
			model.addAttribute("decision",
					this.directory.route(new RoutingRequest(recipient.identifier(), Optional.ofNullable(serviceCode),
							Optional.ofNullable(commitmentNumber), Optional.empty(), LocalDate.now(this.clock))));
		}
		return "directory/recipient";
	}

}
