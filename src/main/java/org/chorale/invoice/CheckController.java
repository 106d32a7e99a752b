package org.chorale.invoice;

import java.io.IOException;
import java.util.Optional;

import org.chorale.invoice.validation.ValidationReport;
import org.chorale.shared.Refusal;
import org.chorale.system.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Vérifier une facture": everything a deposit would check of one file, for anyone,
 * without depositing it or keeping it.
 */
@Controller
@RequestMapping("/verifier-une-facture")
class CheckController {

	private final InvoiceManagement invoices;

	CheckController(InvoiceManagement invoices) {
		this.invoices = invoices;
	}

	@Bean
	static PublicPages checkPages() {
		return PublicPages.of("/verifier-une-facture");
	}

	@GetMapping
	String form() {
		return "invoice/check";
	}

	@PostMapping
	String check(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("refusal", Refusal.of("deposit.no-file"));
			return "invoice/check";
		}
		ValidationReport report = this.invoices.check(file.getOriginalFilename(), file.getBytes(), Optional.empty());
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("report", report);
		return "invoice/check";
	}

}
