package org.chorale.invoice;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.chorale.account.SignedInUser;
import org.chorale.invoice.InvoiceProcessing.Document;
import org.chorale.invoice.InvoiceProcessing.InvoicePage;
import org.chorale.shared.Refusal;
import org.chorale.structure.StructureId;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two work lists of invoices after their deposit: "Factures reçues", where the
 * recipient reads and processes its invoices one by one or as a selection, and "Factures
 * émises", where the supplier follows each one's history.
 */
@Controller
@RequestMapping("/structures/{id}")
class WorkListController {

	static final String RECEIVED = "factures-recues";

	static final String ISSUED = "factures-emises";

	static final String TO_VALIDATE = "factures-a-valider";

	private static final String SIDES = RECEIVED + "|" + ISSUED + "|" + TO_VALIDATE;

	private final InvoiceProcessing processing;

	private final InvoiceManagement invoices;

	WorkListController(InvoiceProcessing processing, InvoiceManagement invoices) {
		this.processing = processing;
		this.invoices = invoices;
	}

	/** "Factures reçues", "Factures émises" or "Factures à valider". */
	@GetMapping("/{side:" + SIDES + "}")
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable String side,
			@ModelAttribute("filter") InvoiceFilter filter, @RequestParam Optional<String> after,
			HttpServletRequest request, Model model) {
		StructureId structure = new StructureId(id);
		InvoiceProcessing.WorkList list = switch (side) {
			case RECEIVED -> this.processing.received(me.accountId(), structure, filter, after);
			case ISSUED -> this.processing.issued(me.accountId(), structure, filter, after);
			default -> this.processing.toValidate(me.accountId(), structure, filter, after);
		};
		model.addAttribute("list", list);
		nextLink(list, request, model);
		return list(side, model);
	}

	@GetMapping("/{side:" + SIDES + "}/{invoice}")
	String invoice(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable String side,
			@PathVariable long invoice, Model model) {
		return invoice(side, page(me, side, new StructureId(id), invoice), model);
	}

	@GetMapping("/{side:" + SIDES + "}/{invoice}/original")
	ResponseEntity<byte[]> original(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable String side, @PathVariable long invoice) {
		StructureId structure = new StructureId(id);
		return download(switch (side) {
			case RECEIVED -> this.processing.receivedOriginal(me.accountId(), structure, invoice);
			case ISSUED -> this.processing.issuedOriginal(me.accountId(), structure, invoice);
			default -> this.processing.originalToValidate(me.accountId(), structure, invoice);
		});
	}

	/**
	 * The validating structure approves or refuses a subcontractor's or co-contractor's
	 * invoice.
	 */
	@PostMapping("/" + TO_VALIDATE + "/{invoice}/traitement")
	String validate(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long invoice,
			@RequestParam InvoiceStatus status, @RequestParam(required = false) String comment, Model model,
			RedirectAttributes redirect) {
		StructureId structure = new StructureId(id);
		try {
			this.processing.validate(me.accountId(), structure, invoice, status, comment);
		}
		catch (Refusal ex) {
			model.addAttribute("refusal", ex);
			model.addAttribute("comment", comment);
			return invoice(TO_VALIDATE, page(me, TO_VALIDATE, structure, invoice), model);
		}
		redirect.addFlashAttribute("processed", status);
		return "redirect:/structures/" + id + "/" + TO_VALIDATE + "/" + invoice;
	}

	/** The recipient sets one invoice's status; the page says what is wrong otherwise. */
	@PostMapping("/" + RECEIVED + "/{invoice}/traitement")
	String process(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long invoice,
			@RequestParam InvoiceStatus status, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String mandateNumber, Model model, RedirectAttributes redirect) {
		StructureId structure = new StructureId(id);
		try {
			this.processing.process(me.accountId(), structure, invoice, status, comment, mandateNumber);
		}
		catch (Refusal ex) {
			model.addAttribute("refusal", ex);
			model.addAttribute("comment", comment);
			model.addAttribute("mandateNumber", mandateNumber);
			return invoice(RECEIVED, page(me, RECEIVED, structure, invoice), model);
		}
		redirect.addFlashAttribute("processed", status);
		return "redirect:/structures/" + id + "/" + RECEIVED + "/" + invoice;
	}

	/**
	 * The same status for each invoice of a selection; the list then says how each went.
	 */
	@PostMapping("/" + RECEIVED + "/traitement")
	String processAll(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(name = "selected", required = false) List<Long> selected, @RequestParam InvoiceStatus status,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String mandateNumber,
			RedirectAttributes redirect) {
		if (selected == null || selected.isEmpty()) {
			redirect.addFlashAttribute("noSelection", true);
		}
		else {
			redirect.addFlashAttribute("outcomes", this.processing.processAll(me.accountId(), new StructureId(id),
					selected, status, comment, mandateNumber));
			redirect.addFlashAttribute("processed", status);
		}
		return "redirect:/structures/" + id + "/" + RECEIVED;
	}

	/** The supplier corrects an invoice to recycle; the directory routes it again. */
	@PostMapping("/" + ISSUED + "/{invoice}/recyclage")
	String recycle(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long invoice,
			@RequestParam(required = false) String recipientSiret, @RequestParam(required = false) String serviceCode,
			@RequestParam(required = false) String commitmentNumber, Model model, RedirectAttributes redirect) {
		StructureId structure = new StructureId(id);
		try {
			this.processing.recycle(me.accountId(), structure, invoice, recipientSiret, serviceCode, commitmentNumber);
		}
		catch (Refusal ex) {
			model.addAttribute("refusal", ex);
			return invoice(ISSUED, page(me, ISSUED, structure, invoice), model);
		}
		redirect.addFlashAttribute("processed", InvoiceStatus.MISE_A_DISPOSITION);
		return "redirect:/structures/" + id + "/" + ISSUED + "/" + invoice;
	}

	/** The supplier completes a suspended invoice with supporting documents. */
	@PostMapping("/" + ISSUED + "/{invoice}/completion")
	String complete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long invoice,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> uploads,
			@RequestParam(required = false) String comment, Model model, RedirectAttributes redirect)
			throws IOException {
		StructureId structure = new StructureId(id);
		try {
			this.processing.complete(me.accountId(), structure, invoice, comment, this.invoices.attachments(uploads));
		}
		catch (Refusal ex) {
			model.addAttribute("refusal", ex);
			return invoice(ISSUED, page(me, ISSUED, structure, invoice), model);
		}
		redirect.addFlashAttribute("processed", InvoiceStatus.COMPLETEE);
		return "redirect:/structures/" + id + "/" + ISSUED + "/" + invoice;
	}

	@GetMapping("/{side:" + RECEIVED + "|" + ISSUED + "}/{invoice}/pieces-jointes/{sha256}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable String side, @PathVariable long invoice, @PathVariable String sha256) {
		return download(this.processing.attachment(me.accountId(), new StructureId(id), invoice, sha256,
				side.equals(RECEIVED)));
	}

	/**
	 * The next page's address: this one's, filters and sort kept, after its last row.
	 */
	private static void nextLink(InvoiceProcessing.WorkList list, HttpServletRequest request, Model model) {
		list.next().ifPresent(next -> {
			String query = Optional.ofNullable(request.getQueryString())
				.map(q -> q.replaceAll("(^|&)after=[^&]*", ""))
				.filter(q -> !q.isBlank())
				.map(q -> q.replaceFirst("^&", "") + "&")
				.orElse("");
			model.addAttribute("nextLink",
					request.getRequestURI() + "?" + query + "after=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
		});
	}

	private static String list(String side, Model model) {
		model.addAttribute("side", side);
		model.addAttribute("statuses", InvoiceStatus.values());
		model.addAttribute("processing", InvoiceStatus.processing());
		model.addAttribute("sorts", InvoiceFilter.Sort.values());
		return "invoice/work-list";
	}

	private InvoicePage page(SignedInUser me, String side, StructureId structure, long invoice) {
		return switch (side) {
			case RECEIVED -> this.processing.receivedInvoice(me.accountId(), structure, invoice);
			case ISSUED -> this.processing.issuedInvoice(me.accountId(), structure, invoice);
			default -> this.processing.invoiceToValidate(me.accountId(), structure, invoice);
		};
	}

	private String invoice(String side, InvoicePage page, Model model) {
		model.addAttribute("side", side);
		model.addAttribute("page", page);
		model.addAttribute("limits", this.invoices.limits());
		return "invoice/invoice";
	}

	private static ResponseEntity<byte[]> download(Document document) {
		return Downloads.of(document.name(), document.content());
	}

}
