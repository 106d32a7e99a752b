package org.chorale.invoice;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.chorale.account.SignedInUser;
import org.chorale.invoice.format.VatCategory;
import org.chorale.shared.Refusal;
import org.chorale.structure.StructureId;
import org.chorale.system.FormErrors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Saisir une facture": the entry form, its drafts, and "Valider et envoyer", which shows
 * the invoice as Chorale will write it, with the verdict of validation, before the
 * supplier confirms.
 */
@Controller
@RequestMapping("/structures/{id}/factures/saisie")
class EntryController {

	private final InvoiceEntries entries;

	private final InvoiceManagement invoices;

	EntryController(InvoiceEntries entries, InvoiceManagement invoices) {
		this.entries = entries;
		this.invoices = invoices;
	}

	@GetMapping
	String blank(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return form(me, id, Optional.empty(), this.entries.blank(me.accountId(), new StructureId(id)), model);
	}

	@GetMapping("/{draft}")
	String draft(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long draft,
			Model model) {
		return form(me, id, Optional.of(draft), this.entries.draft(me.accountId(), new StructureId(id), draft), model);
	}

	/**
	 * One form, three buttons: add a line, save the draft, or go on to the confirmation.
	 * Attachments chosen or removed are kept with the draft, which is saved for them
	 * whatever the button, so that no file chosen is lost to a form error. (Errors are
	 * shown on the form as submitted: the BindingResult belongs to that object.)
	 */
	@PostMapping
	String submit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam Optional<Long> draft,
			@RequestParam String action, @ModelAttribute("entry") EntryForm form, BindingResult result,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> uploads,
			@RequestParam(name = "removeAttachment", required = false) List<String> removals, Model model,
			RedirectAttributes redirect) throws IOException {
		StructureId structure = new StructureId(id);
		EntryForm submitted = action.equals("addLine") ? form.withLine() : form;
		List<Attachment> added;
		try {
			added = this.invoices.attachments(uploads);
		}
		catch (Refusal ex) {
			FormErrors.reject(result, ex);
			return form(me, id, draft, form, model);
		}
		List<String> removed = Optional.ofNullable(removals).orElse(List.of());
		boolean attachmentsChanged = !added.isEmpty() || !removed.isEmpty();
		if (action.equals("addLine") && !attachmentsChanged) {
			return form(me, id, draft, submitted, model);
		}
		if (action.equals("review")) {
			submitted.check(result);
		}
		if (result.hasErrors() && !attachmentsChanged) {
			return form(me, id, draft, submitted, model);
		}
		long saved;
		try {
			saved = this.entries.save(me.accountId(), structure, draft, submitted, added, removed);
		}
		catch (Refusal ex) {
			FormErrors.reject(result, ex);
			return form(me, id, draft, form, model);
		}
		if (result.hasErrors()) {
			return form(me, id, Optional.of(saved), submitted, model);
		}
		if (action.equals("review")) {
			return "redirect:/structures/" + id + "/factures/saisie/" + saved + "/confirmation";
		}
		redirect.addFlashAttribute("saved", "entry.saved");
		return "redirect:/structures/" + id + "/factures/saisie/" + saved;
	}

	/**
	 * Recipients matching what was typed in the entry form's search, with their needs.
	 */
	@GetMapping("/destinataires")
	String recipients(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(defaultValue = "") String recipientQuery, Model model) {
		model.addAttribute("found",
				this.invoices.searchRecipients(me.accountId(), new StructureId(id), recipientQuery));
		model.addAttribute("query", recipientQuery);
		model.addAttribute("structureId", id);
		return "invoice/recipient-lookup :: results";
	}

	/**
	 * The chosen recipient, what it asks of invoices and its services; its SIRET goes
	 * into the form's field.
	 */
	@GetMapping("/destinataire")
	String recipient(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam String siret,
			Model model) {
		model.addAttribute("chosen", this.invoices.chooseRecipient(me.accountId(), new StructureId(id), siret));
		model.addAttribute("siret", siret);
		return "invoice/recipient-lookup :: chosen";
	}

	@GetMapping("/{draft}/pieces-jointes/{sha256}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long draft, @PathVariable String sha256, @RequestParam String name) {
		return Downloads.of(name, this.entries.attachment(me.accountId(), new StructureId(id), draft, sha256));
	}

	@GetMapping("/{draft}/confirmation")
	String confirmation(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long draft,
			Model model) {
		StructureId structure = new StructureId(id);
		try {
			model.addAttribute("prepared", this.entries.prepare(me.accountId(), structure, draft));
		}
		catch (Refusal ex) {
			EntryForm form = this.entries.draft(me.accountId(), structure, draft);
			BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "entry");
			FormErrors.reject(result, ex);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "entry", result);
			return form(me, id, Optional.of(draft), form, model);
		}
		model.addAttribute("area", this.invoices.area(me.accountId(), structure));
		model.addAttribute("draft", draft);
		return "invoice/entry-confirm";
	}

	@PostMapping("/{draft}/envoi")
	String send(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long draft) {
		DepositReceipt receipt = this.entries.send(me.accountId(), new StructureId(id), draft);
		return "redirect:/structures/" + id + "/flux/" + receipt.id();
	}

	private String form(SignedInUser me, long id, Optional<Long> draft, EntryForm form, Model model) {
		StructureId structure = new StructureId(id);
		model.addAttribute("area", this.invoices.area(me.accountId(), structure));
		model.addAttribute("entry", form);
		model.addAttribute("draft", draft.orElse(null));
		model.addAttribute("drafts", this.entries.drafts(me.accountId(), structure));
		model.addAttribute("attachments", this.entries.attachments(me.accountId(), structure, draft));
		model.addAttribute("cadres", FormFields.CADRES);
		model.addAttribute("limits", this.invoices.limits());
		model.addAttribute("paymentMeans", EntryForm.PAYMENT_MEANS);
		model.addAttribute("categories", VatCategory.values());
		return "invoice/entry";
	}

}
