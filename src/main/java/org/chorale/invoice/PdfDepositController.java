package org.chorale.invoice;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.chorale.account.SignedInUser;
import org.chorale.invoice.PdfDeposits.Held;
import org.chorale.invoice.PdfDeposits.InvalidForm;
import org.chorale.invoice.PdfDeposits.Pending;
import org.chorale.shared.Refusal;
import org.chorale.structure.StructureId;
import org.chorale.system.FormErrors;

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
import org.springframework.web.server.ResponseStatusException;

/**
 * "Déposer une facture PDF": the upload, then the form pre-filled from the PDF's text.
 * The session remembers which stored PDF a form belongs to, so that no one completes a
 * form for a PDF they did not upload.
 */
@Controller
@RequestMapping("/structures/{id}/factures/pdf")
class PdfDepositController {

	private static final String PENDING = PdfDepositController.class.getName() + ".pending";

	private final PdfDeposits pdfs;

	private final InvoiceManagement invoices;

	PdfDepositController(PdfDeposits pdfs, InvoiceManagement invoices) {
		this.pdfs = pdfs;
		this.invoices = invoices;
	}

	@GetMapping
	String upload(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("area", this.invoices.area(me.accountId(), new StructureId(id)));
		return "invoice/pdf-upload";
	}

	@PostMapping
	String hold(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
		StructureId structure = new StructureId(id);
		try {
			if (file.isEmpty()) {
				throw Refusal.of("deposit.no-file");
			}
			Held held = this.pdfs.hold(me.accountId(), structure, file.getOriginalFilename(), file.getBytes());
			if (held.deposited().isPresent()) {
				return "redirect:/structures/" + id + "/flux/" + held.deposited().get().id();
			}
			String token = UUID.randomUUID().toString();
			pending(session).put(token, held.pending());
			return form(me, id, token, held.pending(), held.prefilled(), model);
		}
		catch (Refusal ex) {
			model.addAttribute("area", this.invoices.area(me.accountId(), structure));
			model.addAttribute("refusal", ex);
			return "invoice/pdf-upload";
		}
	}

	/**
	 * Sends the form; attachments chosen or removed are kept for the held PDF even when
	 * the form has errors.
	 */
	@PostMapping("/{token}")
	String send(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable String token,
			@ModelAttribute("pdf") PdfForm form, BindingResult result,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> uploads,
			@RequestParam(name = "removeAttachment", required = false) List<String> removals, HttpSession session,
			Model model) throws IOException {
		Pending held = pending(session).get(token);
		if (held == null) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		try {
			held = this.pdfs.attach(held, this.invoices.attachments(uploads),
					Optional.ofNullable(removals).orElse(List.of()));
			pending(session).put(token, held);
		}
		catch (Refusal ex) {
			FormErrors.reject(result, ex);
		}
		form.check(result);
		if (!result.hasErrors()) {
			try {
				DepositReceipt receipt = this.pdfs.send(me.accountId(), new StructureId(id), held, form);
				pending(session).remove(token);
				return "redirect:/structures/" + id + "/flux/" + receipt.id();
			}
			catch (Refusal ex) {
				FormErrors.reject(result, ex);
			}
			catch (InvalidForm ex) {
				model.addAttribute("findings", ex.report().findings());
			}
		}
		return form(me, id, token, held, form, model);
	}

	private String form(SignedInUser me, long id, String token, Pending held, PdfForm form, Model model) {
		model.addAttribute("area", this.invoices.area(me.accountId(), new StructureId(id)));
		model.addAttribute("token", token);
		model.addAttribute("fileName", held.fileName());
		model.addAttribute("attachments", held.attachments());
		model.addAttribute("cadres", FormFields.CADRES);
		model.addAttribute("limits", this.invoices.limits());
		if (!model.containsAttribute("pdf")) {
			model.addAttribute("pdf", form);
		}
		return "invoice/pdf-form";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Pending> pending(HttpSession session) {
		Object pending = session.getAttribute(PENDING);
		if (pending == null) {
			pending = new HashMap<String, Pending>();
			session.setAttribute(PENDING, pending);
		}
		return (Map<String, Pending>) pending;
	}

}
