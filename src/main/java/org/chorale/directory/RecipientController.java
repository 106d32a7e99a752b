package org.chorale.directory;

import java.util.Optional;

import org.chorale.account.SignedInUser;
import org.chorale.shared.Refusal;
import org.chorale.structure.StructureId;
import org.chorale.system.FormErrors;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A public structure's directory entry, as its primary manager maintains it: published or
 * not, its parameters and its services.
 */
@Controller
@RequestMapping("/structures/{id}/annuaire")
class RecipientController {

	private final RecipientManagement management;

	private final Directory directory;

	RecipientController(RecipientManagement management, Directory directory) {
		this.management = management;
		this.directory = directory;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(defaultValue = "") String services, @RequestParam(defaultValue = "0") int page, Model model) {
		RecipientManagement.Managed managed = this.management.managed(me.accountId(), new StructureId(id));
		managed.recipient().ifPresent(recipient -> model.addAttribute("parameters", ParametersForm.of(recipient)));
		model.addAttribute("service", ServiceForm.empty());
		return page(managed, services, page, model);
	}

	@PostMapping("/publication")
	String publish(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		this.management.publish(me.accountId(), new StructureId(id));
		return done(redirect, id, "directory.manage.published");
	}

	@PostMapping("/parametres")
	String configure(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("parameters") ParametersForm form, RedirectAttributes redirect) {
		this.management.configure(me.accountId(), new StructureId(id), form.parameters(), form.active());
		return done(redirect, id, "directory.manage.parametersSaved");
	}

	@PostMapping("/services")
	String addService(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("service") ServiceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<ServiceDetails> details = form.details(result);
		if (details.isPresent()) {
			try {
				this.management.addService(me.accountId(), new StructureId(id), form.code(), details.get());
				return done(redirect, id, "directory.manage.serviceAdded");
			}
			catch (Refusal ex) {
				FormErrors.reject(result, ex);
			}
		}
		RecipientManagement.Managed managed = this.management.managed(me.accountId(), new StructureId(id));
		managed.recipient().ifPresent(recipient -> model.addAttribute("parameters", ParametersForm.of(recipient)));
		return page(managed, "", 0, model);
	}

	@GetMapping("/services/{serviceId}")
	String service(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long serviceId,
			Model model) {
		ServiceView service = this.management.service(me.accountId(), new StructureId(id), serviceId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("service", ServiceForm.of(service));
		return servicePage(me, id, service, model);
	}

	@PostMapping("/services/{serviceId}")
	String editService(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long serviceId,
			@ModelAttribute("service") ServiceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ServiceView service = this.management.service(me.accountId(), new StructureId(id), serviceId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<ServiceDetails> details = form.details(result);
		if (details.isEmpty()) {
			return servicePage(me, id, service, model);
		}
		this.management.editService(me.accountId(), new StructureId(id), serviceId, details.get());
		return done(redirect, id, "directory.manage.serviceSaved");
	}

	private String servicePage(SignedInUser me, long id, ServiceView service, Model model) {
		model.addAttribute("structure", this.management.managed(me.accountId(), new StructureId(id)).structure());
		model.addAttribute("code", service.code());
		return "directory/service";
	}

	private String page(RecipientManagement.Managed managed, String services, int page, Model model) {
		model.addAttribute("managed", managed);
		model.addAttribute("services", services);
		managed.recipient()
			.ifPresent(recipient -> model.addAttribute("servicePage",
					this.directory.services(recipient.id(), services, page)));
		return "directory/manage";
	}

	private static String done(RedirectAttributes redirect, long id, String message) {
		redirect.addFlashAttribute("saved", message);
		return "redirect:/structures/" + id + "/annuaire";
	}

	/**
	 * The parameters a manager sets; the EDI flags come with the structure's EDI
	 * connection, not from this form.
	 */
	record ParametersForm(Boolean serviceRequired, Boolean commitmentRequired, Boolean serviceOrCommitment,
			Boolean paymentStatusReported, Boolean moa, Boolean moaOnly, Boolean active) {

		ParametersForm {
			serviceRequired = Boolean.TRUE.equals(serviceRequired);
			commitmentRequired = Boolean.TRUE.equals(commitmentRequired);
			serviceOrCommitment = Boolean.TRUE.equals(serviceOrCommitment);
			paymentStatusReported = Boolean.TRUE.equals(paymentStatusReported);
			moa = Boolean.TRUE.equals(moa);
			moaOnly = Boolean.TRUE.equals(moaOnly);
			active = Boolean.TRUE.equals(active);
		}

		static ParametersForm of(RecipientView recipient) {
			RecipientParameters p = recipient.parameters();
			return new ParametersForm(p.serviceRequired(), p.commitmentRequired(), p.serviceOrCommitment(),
					p.paymentStatusReported(), p.moa(), p.moaOnly(), recipient.active());
		}

		RecipientParameters parameters() {
			return new RecipientParameters(false, false, this.paymentStatusReported, this.commitmentRequired,
					this.serviceRequired, this.serviceOrCommitment, this.moa, this.moaOnly);
		}

	}

	record ServiceForm(String code, String name, String startDate, String endDate, Boolean active,
			Boolean commitmentRequired, Boolean paymentStatusReported) {

		ServiceForm {
			active = Boolean.TRUE.equals(active);
			commitmentRequired = Boolean.TRUE.equals(commitmentRequired);
			paymentStatusReported = Boolean.TRUE.equals(paymentStatusReported);
		}

		static ServiceForm empty() {
			return new ServiceForm("", "", "", "", true, false, true);
		}

		static ServiceForm of(ServiceView service) {
			return new ServiceForm(service.code(), service.name(),
					(service.startDate() != null) ? service.startDate().toString() : "",
					(service.endDate() != null) ? service.endDate().toString() : "", service.active(),
					service.commitmentRequired(), service.paymentStatusReported());
		}

		Optional<ServiceDetails> details(BindingResult result) {
			var start = FormErrors.field(result, "startDate", () -> FormDates.optional(this.startDate, "startDate"));
			var end = FormErrors.field(result, "endDate", () -> FormDates.optional(this.endDate, "endDate"));
			if (start.isEmpty() || end.isEmpty()) {
				FormErrors.field(result, "name",
						() -> new ServiceDetails(this.name, true, Optional.empty(), Optional.empty(), false, false));
				return Optional.empty();
			}
			return FormErrors.field(result, "name", () -> new ServiceDetails(this.name, this.active, start.get(),
					end.get(), this.commitmentRequired, this.paymentStatusReported));
		}

	}

}
