package org.chorale.espd;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chorale.account.SignedInUser;
import org.chorale.shared.Refusal;
import org.chorale.structure.StructureId;
import org.chorale.system.FormErrors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
 * The work area "DUME": the list of responses with the import of a buyer's request and
 * the creation of a generic one, the company profile (Part II), and a response's form
 * with its XML export.
 */
@Controller
@RequestMapping("/structures/{id}/dume")
class EspdController {

	private final EspdManagement espd;

	EspdController(EspdManagement espd) {
		this.espd = espd;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("structureId", id);
		model.addAttribute("desk", this.espd.desk(me.accountId(), new StructureId(id)));
		return "espd/list";
	}

	@GetMapping("/demandes/nouvelle")
	String newRequest(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale, Model model) {
		model.addAttribute("request", new BuyerRequest(null, null, null, "open", List.of()));
		model.addAttribute("fresh", true);
		return requestPage(me, id, locale, model);
	}

	@PostMapping("/demandes")
	String createRequest(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("request") BuyerRequest request, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			this.espd.createRequest(me.accountId(), new StructureId(id), request);
			redirect.addFlashAttribute("saved", "espd.request.created");
			return "redirect:/structures/" + id + "/dume";
		}
		catch (Refusal ex) {
			FormErrors.reject(result, ex);
			return requestPage(me, id, locale, model);
		}
	}

	@GetMapping("/demandes/{request}/xml")
	ResponseEntity<byte[]> requestXml(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long request) {
		return download(this.espd.requestXml(me.accountId(), new StructureId(id), request), MediaType.APPLICATION_XML);
	}

	private String requestPage(SignedInUser me, long id, Locale locale, Model model) {
		model.addAttribute("structureId", id);
		model.addAttribute("parts", this.espd.criteriaToChoose(me.accountId(), new StructureId(id), locale));
		model.addAttribute("procedures", BuyerRequest.PROCEDURES);
		return "espd/request";
	}

	private static ResponseEntity<byte[]> download(EspdManagement.Exported file, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

	@PostMapping("/import")
	String importDocument(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			if (file.getSize() > EspdManagement.MAX_DOCUMENT) {
				throw new Refusal("file", "espd.tooLarge", EspdManagement.MAX_DOCUMENT / 1_000_000);
			}
			long response = this.espd.importDocument(me.accountId(), new StructureId(id), file.getBytes());
			redirect.addFlashAttribute("saved", "espd.imported");
			return "redirect:/structures/" + id + "/dume/" + response;
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("refusal", ex);
			return "redirect:/structures/" + id + "/dume";
		}
	}

	@PostMapping("/generique")
	String createGeneric(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean simplified, Locale locale) {
		long response = this.espd.createGeneric(me.accountId(), new StructureId(id), simplified, locale);
		return "redirect:/structures/" + id + "/dume/" + response;
	}

	@GetMapping("/profil")
	String profile(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("profile", this.espd.profile(me.accountId(), new StructureId(id)));
		return profilePage(id, model);
	}

	@PostMapping("/profil")
	String saveProfile(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("profile") CompanyProfile profile, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.espd.saveProfile(me.accountId(), new StructureId(id), profile);
			redirect.addFlashAttribute("saved", "espd.profile.saved");
			return "redirect:/structures/" + id + "/dume";
		}
		catch (Refusal ex) {
			FormErrors.reject(result, ex);
			return profilePage(id, model);
		}
	}

	@GetMapping("/{response}")
	String response(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long response,
			Locale locale, Model model) {
		model.addAttribute("page", this.espd.page(me.accountId(), new StructureId(id), response, locale));
		return "espd/response";
	}

	@PostMapping("/{response}")
	String answer(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long response,
			@RequestParam MultiValueMap<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = typed(form);
		try {
			this.espd.answer(me.accountId(), new StructureId(id), response, typed, form.getFirst("place"),
					form.getFirst("declaredOn"), version(form.getFirst("version")));
			redirect.addFlashAttribute("saved", "espd.saved");
			return "redirect:/structures/" + id + "/dume/" + response;
		}
		catch (Refusal ex) {
			model.addAttribute("refusal", ex);
			model.addAttribute("refused", ex.field().orElse(""));
			model.addAttribute("page", this.espd.page(me.accountId(), new StructureId(id), response, locale)
				.typed(typed, form.getFirst("place"), form.getFirst("declaredOn")));
			return "espd/response";
		}
	}

	/**
	 * Saves the answers on the page, then exports them as a new version and downloads it;
	 * says why on the response's page if it cannot.
	 */
	@PostMapping("/{response}/xml")
	Object xml(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long response,
			@RequestParam MultiValueMap<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
		String saved = answer(me, id, response, form, locale, model, redirect);
		if (!saved.startsWith("redirect:")) {
			return saved;
		}
		try {
			return download(this.espd.export(me.accountId(), new StructureId(id), response), MediaType.APPLICATION_XML);
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("refusal", ex);
			return "redirect:/structures/" + id + "/dume/" + response;
		}
	}

	@GetMapping("/{response}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long response, Locale locale) {
		return download(this.espd.pdf(me.accountId(), new StructureId(id), response, locale),
				MediaType.APPLICATION_PDF);
	}

	private String profilePage(long id, Model model) {
		model.addAttribute("structureId", id);
		model.addAttribute("sizes", CompanyProfile.SIZES);
		return "espd/profile";
	}

	/**
	 * The answers as the form sends them: {@code q.ID} for most, with {@code c.ID} for an
	 * amount's currency; {@code s.ID} and {@code e.ID} for a period's dates.
	 */
	static Map<String, String> typed(MultiValueMap<String, String> form) {
		Map<String, String> typed = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			String value = values.isEmpty() ? "" : values.get(0).strip();
			if (name.startsWith("q.")) {
				String question = name.substring(2);
				String currency = form.getFirst("c." + question);
				typed.put(question, (currency != null && !value.isEmpty()) ? Answers.amount(value, currency) : value);
			}
			else if (name.startsWith("s.")) {
				String question = name.substring(2);
				String end = form.getFirst("e." + question);
				end = (end == null) ? "" : end.strip();
				typed.put(question, (value.isEmpty() && end.isEmpty()) ? "" : Answers.period(value, end));
			}
		});
		return typed;
	}

	/** The version of the response the page was read at, if the form says. */
	private static Integer version(String typed) {
		try {
			return (typed == null) ? null : Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
