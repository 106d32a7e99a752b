package org.chorale.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.chorale.account.SignedInUser;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.Refusal;
import org.chorale.shared.StructureIdentifier;
import org.chorale.shared.Text;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work area "Engagements" of a public structure: the commitments it registers, which
 * invoices to it must then refer to.
 */
@Controller
@RequestMapping("/structures/{id}/engagements")
class CommitmentController {

	private final RecipientManagement management;

	CommitmentController(RecipientManagement management) {
		this.management = management;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("commitment", CommitmentForm.empty());
		return page(me, id, page, model);
	}

	@PostMapping
	String register(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("commitment") CommitmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<CommitmentDetails> details = form.details(result);
		if (details.isPresent()) {
			try {
				this.management.registerCommitment(me.accountId(), new StructureId(id), form.number(), details.get());
				redirect.addFlashAttribute("saved", "commitment.registered");
				return "redirect:/structures/" + id + "/engagements";
			}
			catch (Refusal ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(me, id, 0, model);
	}

	@PostMapping("/{commitmentId}/statut")
	String changeStatus(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long commitmentId, @RequestParam CommitmentStatus status, RedirectAttributes redirect) {
		this.management.changeCommitmentStatus(me.accountId(), new StructureId(id), commitmentId, status);
		redirect.addFlashAttribute("saved", "commitment.saved");
		return "redirect:/structures/" + id + "/engagements";
	}

	private String page(SignedInUser me, long id, int page, Model model) {
		StructureId structure = new StructureId(id);
		model.addAttribute("access", this.management.commitments(me.accountId(), structure));
		model.addAttribute("commitments", this.management.commitmentPage(me.accountId(), structure, page));
		model.addAttribute("statuses", CommitmentStatus.values());
		return "directory/commitments";
	}

	/**
	 * A commitment as typed: the supplier by SIRET, the amount in euros with a comma or a
	 * point.
	 */
	record CommitmentForm(String number, String supplierSiret, String amount, String startDate, String endDate) {

		static CommitmentForm empty() {
			return new CommitmentForm("", "", "", "", "");
		}

		Optional<CommitmentDetails> details(BindingResult result) {
			Optional<StructureIdentifier> supplier = FormErrors.field(result, "supplierSiret",
					() -> new StructureIdentifier(IdentifierType.SIRET, this.supplierSiret));
			Optional<BigDecimal> amount = FormErrors.field(result, "amount", () -> amount(this.amount));
			Optional<LocalDate> start = FormErrors.field(result, "startDate",
					() -> FormDates.optional(this.startDate, "startDate")
						.orElseThrow(() -> new Refusal("startDate", "form.required")));
			Optional<Optional<LocalDate>> end = FormErrors.field(result, "endDate",
					() -> FormDates.optional(this.endDate, "endDate"));
			FormErrors.field(result, "number", () -> Text.required(this.number, "number", Commitment.NUMBER_MAX));
			if (result.hasErrors() || supplier.isEmpty() || amount.isEmpty() || start.isEmpty() || end.isEmpty()) {
				return Optional.empty();
			}
			return FormErrors.field(result, "startDate", () -> new CommitmentDetails(supplier.get(), amount.get(),
					start.get(), end.get(), CommitmentStatus.COMMANDE));
		}

		private static BigDecimal amount(String typed) {
			String plain = (typed == null) ? ""
					: typed.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
			if (plain.isEmpty()) {
				throw new Refusal("amount", "form.required");
			}
			try {
				return CommitmentDetails.checkAmount(new BigDecimal(plain));
			}
			catch (NumberFormatException ex) {
				throw new Refusal("amount", "commitment.amount.invalid");
			}
		}

	}

}
