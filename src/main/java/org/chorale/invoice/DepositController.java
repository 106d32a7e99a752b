package org.chorale.invoice;

import java.io.IOException;
import java.util.List;

import org.chorale.account.SignedInUser;
import org.chorale.shared.Refusal;
import org.chorale.structure.StructureId;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The supplier's "Factures émises": depositing invoice files and batches, and "Suivi des
 * flux", where each deposit shows its certificat de dépôt, its progress and its report.
 */
@Controller
@RequestMapping("/structures/{id}")
class DepositController {

	private final InvoiceManagement invoices;

	DepositController(InvoiceManagement invoices) {
		this.invoices = invoices;
	}

	@GetMapping("/factures/depot")
	String form(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("area", this.invoices.area(me.accountId(), new StructureId(id)));
		return "invoice/deposit";
	}

	@PostMapping("/factures/depot")
	String deposit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam("file") MultipartFile file, Model model) throws IOException {
		StructureId structure = new StructureId(id);
		try {
			if (file.isEmpty()) {
				throw Refusal.of("deposit.no-file");
			}
			DepositReceipt receipt = this.invoices.deposit(me.accountId(), structure, DepositChannel.UPLOAD_PORTAIL,
					file.getOriginalFilename(), file.getBytes());
			return "redirect:/structures/" + id + "/flux/" + receipt.id();
		}
		catch (Refusal ex) {
			model.addAttribute("area", this.invoices.area(me.accountId(), structure));
			model.addAttribute("refusal", ex);
			return "invoice/deposit";
		}
	}

	@GetMapping("/flux")
	String deposits(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		StructureId structure = new StructureId(id);
		model.addAttribute("area", this.invoices.area(me.accountId(), structure));
		model.addAttribute("deposits", this.invoices.deposits(me.accountId(), structure, page));
		model.addAttribute("page", page);
		model.addAttribute("pages", pages(this.invoices.depositCount(me.accountId(), structure)));
		return "invoice/deposits";
	}

	@GetMapping("/flux/{deposit}")
	String deposit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long deposit,
			Model model) {
		InvoiceManagement.Flow flow = this.invoices.flow(me.accountId(), new StructureId(id), deposit);
		model.addAttribute("area", flow.area());
		model.addAttribute("deposit", flow.deposit());
		model.addAttribute("files", flow.files());
		return "invoice/flow";
	}

	/** The progress and report alone, which the page polls with htmx until the end. */
	@GetMapping("/flux/{deposit}/progression")
	String progress(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long deposit,
			Model model) {
		deposit(me, id, deposit, model);
		return "invoice/flow :: progress";
	}

	@GetMapping("/flux/{deposit}/documents/{sha256}")
	ResponseEntity<byte[]> original(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long deposit, @PathVariable String sha256, @RequestParam String name) {
		return Downloads.of(name, this.invoices.original(me.accountId(), new StructureId(id), deposit, sha256));
	}

	private static List<Integer> pages(int count) {
		int pages = Math.max(1, (count + InvoiceManagement.PAGE_SIZE - 1) / InvoiceManagement.PAGE_SIZE);
		return java.util.stream.IntStream.range(0, pages).boxed().toList();
	}

}
