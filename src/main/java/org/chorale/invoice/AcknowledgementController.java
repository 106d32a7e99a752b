package org.chorale.invoice;

import java.util.List;

import org.chorale.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The window a supplier meets at sign-in while invoices of theirs were suspended or
 * rejected: each with its date, recipient and reason, to acknowledge; after seven days
 * acknowledging is no longer optional.
 */
@Controller
@RequestMapping(AcknowledgementController.PATH)
class AcknowledgementController {

	static final String PATH = "/acquittements";

	private final InvoiceProcessing processing;

	AcknowledgementController(InvoiceProcessing processing) {
		this.processing = processing;
	}

	@GetMapping
	String pending(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("pending", this.processing.toAcknowledge(me.accountId()));
		return "invoice/acknowledgements";
	}

	/** Acknowledges the ticked invoices, or all of them, then goes on. */
	@PostMapping
	String acknowledge(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(name = "selected", required = false) List<Long> selected,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		List<Long> invoices = all
				? this.processing.toAcknowledge(me.accountId()).invoices().stream().map(r -> r.invoice().id()).toList()
				: (selected == null ? List.of() : selected);
		this.processing.acknowledge(me.accountId(), invoices);
		redirect.addFlashAttribute("acknowledged", invoices.size());
		boolean localBack = back != null && back.startsWith("/") && !back.startsWith("//");
		if (localBack) {
			return "redirect:" + back;
		}
		return this.processing.toAcknowledge(me.accountId()).isEmpty() ? "redirect:/mon-espace" : "redirect:" + PATH;
	}

}
