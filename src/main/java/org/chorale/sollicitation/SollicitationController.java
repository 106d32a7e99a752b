package org.chorale.sollicitation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chorale.account.SignedInUser;
import org.chorale.invoice.InvoiceProcessing;
import org.chorale.invoice.InvoiceRecord;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Refusal;
import org.chorale.sollicitation.SollicitationManagement.NewFile;
import org.chorale.sollicitation.SollicitationManagement.Reader;
import org.chorale.structure.StructureId;
import org.chorale.system.FormErrors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The three desks of requests: a structure's "Sollicitations émises" (send, follow,
 * reply), a public structure's "Sollicitations reçues" and support's desk (take in hand,
 * answer, close; the recipient may transfer to support, support may appoint a primary
 * manager). The same pages serve the three; the path says which desk.
 */
@Controller
class SollicitationController {

	private static final String SENT = "sollicitations-emises";

	private static final String DESKS = "/structures/{id}/{desk:sollicitations-emises|sollicitations-recues}";

	private static final String SUPPORT = "/support/sollicitations";

	private final SollicitationManagement requests;

	private final InvoiceProcessing invoices;

	private final SollicitationProperties properties;

	SollicitationController(SollicitationManagement requests, InvoiceProcessing invoices,
			SollicitationProperties properties) {
		this.properties = properties;
		this.requests = requests;
		this.invoices = invoices;
	}

	@GetMapping({ DESKS, SUPPORT })
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable Optional<Long> id,
			@PathVariable Optional<String> desk, @ModelAttribute("filter") SollicitationFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Desk at = Desk.of(me, id, desk);
		model.addAttribute("desk", at);
		model.addAttribute("listing", this.requests.list(at.reader(), filter, page));
		String query = UriComponentsBuilder.fromPath("")
			.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
			.queryParamIfPresent("category", Optional.ofNullable(filter.category()))
			.queryParamIfPresent("text", Optional.ofNullable(filter.text()).filter(t -> !t.isBlank()))
			.build()
			.encode()
			.toUriString();
		model.addAttribute("pagerBase", query.isEmpty() ? "?" : query + "&");
		model.addAttribute("statuses", SollicitationStatus.values());
		model.addAttribute("categories", Category.values());
		return "sollicitation/list";
	}

	@GetMapping("/structures/{id}/sollicitations-emises/nouvelle")
	String newRequest(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam Optional<Long> facture, Model model) {
		this.requests.requireSender(me.accountId(), new StructureId(id));
		SollicitationForm form = facture.map(invoice -> {
			InvoiceRecord record = this.invoices.issuedRecord(me.accountId(), new StructureId(id), invoice);
			return SollicitationForm.about(record.number(), record.recipient());
		}).orElse(SollicitationForm.empty());
		model.addAttribute("form", form);
		return form(me, id, model);
	}

	@PostMapping("/structures/{id}/sollicitations-emises")
	String send(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("form") SollicitationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			SollicitationManagement.Sent sent = this.requests.send(me.accountId(), new StructureId(id), form.draft(),
					files(form.files()));
			redirect.addFlashAttribute("saved", "sollicitation.sent");
			redirect.addFlashAttribute("savedArgument", sent.number());
			return "redirect:/structures/" + id + "/" + SENT + "/" + sent.id();
		}
		catch (Refusal ex) {
			FormErrors.reject(result, ex);
		}
		catch (InvalidIdentifier ex) {
			result.rejectValue("recipientSiret", ex.getCodes()[0], ex.getArguments(), null);
		}
		return form(me, id, model);
	}

	@GetMapping({ DESKS + "/{request}", SUPPORT + "/{request}" })
	String thread(@AuthenticationPrincipal SignedInUser me, @PathVariable Optional<Long> id,
			@PathVariable Optional<String> desk, @PathVariable long request, Model model) {
		Desk at = Desk.of(me, id, desk);
		model.addAttribute("desk", at);
		model.addAttribute("thread", this.requests.thread(at.reader(), request));
		limits(model);
		return "sollicitation/thread";
	}

	@PostMapping({ DESKS + "/{request}/messages", SUPPORT + "/{request}/messages" })
	String reply(@AuthenticationPrincipal SignedInUser me, @PathVariable Optional<Long> id,
			@PathVariable Optional<String> desk, @PathVariable long request, @RequestParam String message,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		Desk at = Desk.of(me, id, desk);
		boolean withFiles = files != null && files.stream().anyMatch(f -> !f.isEmpty());
		return act(at, request, redirect, "sollicitation.replied",
				Map.of("message", message, "files", String.valueOf(withFiles)),
				() -> this.requests.reply(at.reader(), request, message, files(files)));
	}

	@PostMapping({ DESKS + "/{request}/prise-en-charge", SUPPORT + "/{request}/prise-en-charge" })
	String takeInHand(@AuthenticationPrincipal SignedInUser me, @PathVariable Optional<Long> id,
			@PathVariable Optional<String> desk, @PathVariable long request, RedirectAttributes redirect) {
		Desk at = Desk.of(me, id, desk);
		return act(at, request, redirect, "sollicitation.taken", Map.of(),
				() -> this.requests.takeInHand(at.reader(), request));
	}

	@PostMapping({ DESKS + "/{request}/cloture", SUPPORT + "/{request}/cloture" })
	String close(@AuthenticationPrincipal SignedInUser me, @PathVariable Optional<Long> id,
			@PathVariable Optional<String> desk, @PathVariable long request, RedirectAttributes redirect) {
		Desk at = Desk.of(me, id, desk);
		return act(at, request, redirect, "sollicitation.closed.done", Map.of(),
				() -> this.requests.close(at.reader(), request));
	}

	@PostMapping(DESKS + "/{request}/transfert")
	String transfer(@AuthenticationPrincipal SignedInUser me, @PathVariable Optional<Long> id,
			@PathVariable Optional<String> desk, @PathVariable long request, @RequestParam String reason,
			RedirectAttributes redirect) {
		Desk at = Desk.of(me, id, desk);
		String done = act(at, request, redirect, "sollicitation.transferred", Map.of("reason", reason),
				() -> this.requests.transferToSupport(at.reader(), request, reason));
		return redirect.getFlashAttributes().containsKey("refusal") ? done : "redirect:" + at.base();
	}

	@PostMapping(SUPPORT + "/{request}/gestionnaire")
	String appoint(@AuthenticationPrincipal SignedInUser me, @PathVariable long request, @RequestParam String login,
			@RequestParam String reason, RedirectAttributes redirect) {
		Desk at = Desk.of(me, Optional.empty(), Optional.empty());
		return act(at, request, redirect, "sollicitation.appointed", Map.of("login", login, "appointReason", reason),
				() -> this.requests.appointPrimaryManager(at.reader(), request, new EmailAddress(login), reason));
	}

	@GetMapping({ DESKS + "/{request}/fichiers/{file}", SUPPORT + "/{request}/fichiers/{file}" })
	ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser me, @PathVariable Optional<Long> id,
			@PathVariable Optional<String> desk, @PathVariable long request, @PathVariable long file) {
		Sollicitations.Document document = this.requests.attachment(Desk.of(me, id, desk).reader(), request, file);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.content());
	}

	private String form(SignedInUser me, long id, Model model) {
		Desk at = Desk.of(me, Optional.of(id), Optional.of(SENT));
		model.addAttribute("desk", at);
		model.addAttribute("categories", Category.values());
		limits(model);
		return "sollicitation/new";
	}

	private void limits(Model model) {
		model.addAttribute("filesMax", this.properties.attachmentsPerMessage());
		model.addAttribute("fileSizeMb", this.properties.attachmentSize().toMegabytes());
	}

	/**
	 * Does it, or says on the thread's page why not (a closed request, a wrong login...).
	 */
	/**
	 * @param typed what the member typed, given back to the page when refused, so that
	 * nothing is typed twice
	 */
	private static String act(Desk at, long request, RedirectAttributes redirect, String done,
			Map<String, String> typed, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (Refusal | InvalidIdentifier ex) {
			redirect.addFlashAttribute("refusal", ex);
			redirect.addFlashAttribute("typed", typed);
		}
		return "redirect:" + at.base() + "/" + request;
	}

	private static List<NewFile> files(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()))
			.map(f -> {
				try {
					return new NewFile(f.getOriginalFilename(), f.getContentType(), f.getBytes());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			})
			.toList();
	}

	/**
	 * Which desk a page belongs to: the reader it acts as, where its pages are, and its
	 * title.
	 */
	record Desk(Reader reader, String base, String titleKey) {

		static Desk of(SignedInUser me, Optional<Long> id, Optional<String> desk) {
			if (id.isEmpty()) {
				return new Desk(Reader.support(me.accountId()), SUPPORT, "sollicitation.desk.support");
			}
			StructureId structure = new StructureId(id.get());
			boolean sent = desk.orElseThrow().equals(SENT);
			return new Desk(
					sent ? Reader.sender(me.accountId(), structure) : Reader.recipient(me.accountId(), structure),
					"/structures/" + id.get() + "/" + desk.get(),
					sent ? "sollicitation.desk.sent" : "sollicitation.desk.received");
		}

		public Side side() {
			return this.reader.side();
		}

		public Optional<StructureId> structure() {
			return this.reader.structure();
		}

	}

}
