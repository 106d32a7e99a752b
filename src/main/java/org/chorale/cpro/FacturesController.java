package org.chorale.cpro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.chorale.invoice.Attachment;
import org.chorale.invoice.AttachmentView;
import org.chorale.invoice.DepositChannel;
import org.chorale.invoice.DepositReceipt;
import org.chorale.invoice.InvoiceFilter;
import org.chorale.invoice.InvoiceManagement;
import org.chorale.invoice.InvoiceProcessing;
import org.chorale.invoice.InvoiceProcessing.Document;
import org.chorale.invoice.InvoiceProcessing.HistoryLine;
import org.chorale.invoice.InvoiceProcessing.InvoicePage;
import org.chorale.invoice.InvoiceRecord;
import org.chorale.invoice.InvoiceStatus;
import org.chorale.invoice.InvoiceSubmissions;
import org.chorale.invoice.SubmissionRejected;
import org.chorale.invoice.SubmittedInvoice;
import org.chorale.shared.Refusal;
import org.chorale.invoice.InvoiceSummary;
import org.chorale.invoice.StatusChange;
import org.chorale.invoice.format.InvoiceDetails;
import org.chorale.invoice.validation.Finding;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Chorus Pro's Factures API for the three sides of an invoice: its supplier (deposits,
 * searches, returns), its recipient (searches, status changes, downloads) and the
 * structure that validates a subcontractor's or co-contractor's invoice. Every operation
 * goes through the same services as the portal, with the technical user's rights.
 */
@Tag(name = "Factures",
		description = "Chorus Pro /cpro/factures/v1: deposits, searches, consultation and processing of invoices")
@CproApi
@RequestMapping("/cpro/factures/v1")
class FacturesController {

	/** The {@code syntaxeFlux} values a deposit may declare; the content decides. */
	private static final Set<String> SYNTAXES = Set.of("IN_DP_E1_UBL_INVOICE", "IN_DP_E1_CII_16B", "IN_DP_E1_CII",
			"IN_DP_E2_CII_FACTURX");

	/** How long soumettreFacture waits for its invoice to be integrated. */
	static final Duration WAIT = Duration.ofSeconds(10);

	private final InvoiceManagement deposits;

	private final InvoiceProcessing processing;

	private final ApiFiles files;

	private final Idempotency idempotency;

	private final InvoiceSubmissions submissions;

	private final CallQueue calls;

	FacturesController(InvoiceManagement deposits, InvoiceProcessing processing, ApiFiles files,
			Idempotency idempotency, InvoiceSubmissions submissions, CallQueue calls) {
		this.submissions = submissions;
		this.calls = calls;
		this.deposits = deposits;
		this.processing = processing;
		this.files = files;
		this.idempotency = idempotency;
	}

	/**
	 * An invoice file (UBL, CII, Factur-X) or a .zip / .tar.gz of up to 500: the answer,
	 * the deposit certificate, comes once the originals are committed; consulterCR
	 * follows the processing. With an {@code Idempotency-Key}, a retried call gets the
	 * first answer and deposits nothing more.
	 */
	@PostMapping("/deposer/flux")
	Map<String, Object> deposerFluxFacture(@AuthenticationPrincipal Caller caller,
			@RequestHeader(name = Idempotency.HEADER, required = false) String key,
			@RequestBody(required = false) FlowDeposit request) {
		if (request == null) {
			throw ApiFailure.invalid("cpro.error.json");
		}
		return this.idempotency.once(caller, key, request, () -> {
			String syntax = Request.required("syntaxeFlux", request.syntaxeFlux());
			if (!SYNTAXES.contains(syntax)) {
				throw ApiFailure.invalid("cpro.error.value", "syntaxeFlux", syntax);
			}
			String name = Request.required("nomFichier", request.nomFichier());
			byte[] content = Request.base64("fichierFlux", request.fichierFlux());
			DepositReceipt receipt = this.deposits.deposit(caller.account(), caller.structure(),
					DepositChannel.UPLOAD_API, name, content);
			Map<String, Object> answer = Answer.ok();
			answer.put("numeroFluxDepot", receipt.number());
			answer.put("dateDepot", ApiDates.date(receipt.depositedAt()));
			answer.put("syntaxeFlux", syntax);
			answer.put("certificatDepot", certificate(receipt));
			return answer;
		});
	}

	/**
	 * A plain PDF invoice, kept for a later soumettreFacture in DEPOT_PDF_API, with what
	 * its text says of the invoice: the answer is that soumettreFacture's body, to check
	 * and complete (recipient, service, totals) before sending it. Signed PDFs are taken
	 * as PDFs; their signatures are not checked.
	 */
	@PostMapping("/deposer/pdf")
	Map<String, Object> deposerPDFFacture(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) PdfUpload request) {
		if (request == null) {
			throw ApiFailure.invalid("cpro.error.json");
		}
		String format = Optional.ofNullable(Request.text(request.formatDepot())).orElse("PDF_NON_SIGNE");
		if (!List.of("PDF_NON_SIGNE", "PDF_SIGNE_PADES", "PDF_SIGNE_XADES").contains(format)) {
			throw ApiFailure.invalid("cpro.error.formatDepot", format);
		}
		Attachment pdf = this.deposits.attachment(Request.required("nomFichier", request.nomFichier()),
				Request.base64("fichierFacture", request.fichierFacture()));
		SubmittedInvoice read = this.submissions.read(caller.account(), caller.structure(), pdf);
		long file = this.files.add(caller.account(), pdf);
		Map<String, Object> answer = Answer.ok();
		answer.put("modeDepot", "DEPOT_PDF_API");
		answer.put("numeroFactureSaisi", read.number());
		answer.put("dateFacture", ApiDates.date(read.issueDate()));
		answer.put("cadreDeFacturation", Map.of("codeCadreFacturation", "A1_FACTURE_FOURNISSEUR"));
		Map<String, Object> recipient = Answer.object();
		recipient.put("codeDestinataire", read.recipientSiret());
		recipient.put("codeServiceExecutant", read.serviceCode());
		answer.put("destinataire", recipient);
		Map<String, Object> references = Answer.object();
		references.put("deviseFacture", read.currency());
		references.put("typeFacture", read.creditNote() ? "AVOIR" : "FACTURE");
		references.put("numeroBonCommande", read.commitmentNumber());
		answer.put("references", references);
		Map<String, Object> totals = Answer.object();
		totals.put("montantHtTotal", read.totals().withoutVat());
		totals.put("montantTVA", read.totals().vat());
		totals.put("montantTtcTotal", read.totals().withVat());
		totals.put("montantAPayer", read.totals().amountDue());
		answer.put("montantTotal", totals);
		answer.put("pieceJointePrincipale",
				List.of(Map.of("pieceJointePrincipaleId", file, "pieceJointePrincipaleDesignation", pdf.name())));
		return answer;
	}

	/**
	 * An invoice sent as data: SAISIE_API is answered at once, as Chorus Pro does, with
	 * its identifiantFactureCPP and the status DEPOSEE (unless the directory refuses it
	 * or its number is taken: 400 with the reasons); the worker then writes it as
	 * Factur-X, validates and routes it. DEPOT_PDF_API describes the PDF sent before with
	 * ajouterFichierDansSysteme; its answer comes once the invoice is integrated (at most
	 * {@link #WAIT} later), with its identifiantFactureCPP and status, or the reasons of
	 * its rejection.
	 */
	@PostMapping("/soumettre")
	ResponseEntity<Map<String, Object>> soumettreFacture(@AuthenticationPrincipal Caller caller,
			@RequestHeader(name = Idempotency.HEADER, required = false) String key,
			@RequestBody(required = false) Submission request) {
		if (request == null) {
			throw ApiFailure.invalid("cpro.error.json");
		}
		Map<String, Object> deposited;
		try {
			deposited = this.idempotency.once(caller, key, request, () -> {
				DepositReceipt receipt = submit(caller, request);
				Map<String, Object> answer = Answer.ok();
				answer.put("numeroFluxDepot", receipt.number());
				answer.put("dateDepot", ApiDates.date(receipt.depositedAt()));
				answer.put("empreinteCertificatDepot", receipt.files().get(0).sha256());
				answer.put("certificatDepot", certificate(receipt));
				receipt.invoice().ifPresent(invoice -> {
					answer.put("identifiantFactureCPP", invoice);
					answer.put("numeroFacture", request.numeroFactureSaisi().strip());
					answer.put("statutFacture", InvoiceStatus.DEPOSEE.name());
				});
				return answer;
			});
		}
		catch (SubmissionRejected rejected) {
			return rejected(null, rejected.findings());
		}
		return deposited.containsKey("identifiantFactureCPP") ? ResponseEntity.ok(deposited)
				: outcome(caller, deposited);
	}

	private DepositReceipt submit(Caller caller, Submission request) {
		String mode = Optional.ofNullable(Request.text(request.modeDepot())).orElse("SAISIE_API");
		if (request.fournisseur() != null && request.fournisseur().idFournisseur() != null
				&& request.fournisseur().idFournisseur() != 0
				&& request.fournisseur().idFournisseur() != caller.structure().value()) {
			throw new ApiFailure(org.springframework.http.HttpStatus.FORBIDDEN, 11, "cpro.error.forbidden");
		}
		List<Attachment> attachments = new ArrayList<>();
		for (Completion.File file : (request.pieceJointeComplementaire() == null) ? List.<Completion.File>of()
				: request.pieceJointeComplementaire()) {
			attachments.add(file(caller, file.pieceJointeComplementaireId()));
		}
		try {
			return switch (mode) {
				case "SAISIE_API" ->
					this.submissions.enter(caller.account(), caller.structure(), request.invoice(), attachments);
				case "DEPOT_PDF_API" -> {
					Submission.MainFile main = (request.pieceJointePrincipale() == null
							|| request.pieceJointePrincipale().isEmpty()) ? null
									: request.pieceJointePrincipale().get(0);
					if (main == null || main.pieceJointePrincipaleId() == null) {
						throw ApiFailure.invalid("cpro.submit.pdfMissing");
					}
					yield this.submissions.depositPdf(caller.account(), caller.structure(), request.invoice(),
							file(caller, main.pieceJointePrincipaleId()), attachments);
				}
				default -> throw ApiFailure.invalid("cpro.submit.modeDepot", mode);
			};
		}
		catch (Refusal refusal) {
			throw refusal.field()
				.map(field -> ApiFailure.onField(Submission.field(field), refusal))
				.orElseThrow(() -> refusal);
		}
	}

	/**
	 * A submission the platform's rules refused, with their reasons, as listeErreurDP.
	 */
	private static ResponseEntity<Map<String, Object>> rejected(String number, List<Finding> findings) {
		Map<String, Object> refusal = ApiSecurityConfiguration.envelope(40,
				new org.chorale.shared.Message("cpro.submit.rejected", (number == null) ? "-" : number), null);
		refusal.put("numeroFluxDepot", number);
		refusal.put("listeErreurDP", TransversesController.errors(findings));
		return ResponseEntity.badRequest().body(refusal);
	}

	private Attachment file(Caller caller, Long id) {
		long fileId = Request.required("pieceJointeId", id);
		return this.files.find(caller.account(), fileId)
			.orElseThrow(() -> ApiFailure.notFound("cpro.error.file", fileId));
	}

	/**
	 * The deposit's outcome once processed: the invoice's id and status, or the reasons
	 * it was rejected; the deposit alone if it takes longer than {@link #WAIT}.
	 */
	private ResponseEntity<Map<String, Object>> outcome(Caller caller, Map<String, Object> deposited) {
		String number = (String) deposited.get("numeroFluxDepot");
		InvoiceManagement.Flow flow = this.calls
			.aside(() -> this.deposits.flowOnceProcessed(caller.account(), caller.structure(), number, WAIT))
			.orElseThrow(() -> ApiFailure.notFound("cpro.error.flow", number));
		Map<String, Object> answer = new java.util.LinkedHashMap<>(deposited);
		if (!flow.deposit().status().finished()) {
			answer.put("etatCourantDepotFlux", flow.deposit().status().name());
			return ResponseEntity.ok(answer);
		}
		Optional<Long> invoice = flow.files().get(0).invoiceId();
		if (invoice.isEmpty()) {
			return rejected(number, flow.files().get(0).findings());
		}
		InvoiceRecord integrated = found(invoice.get(),
				() -> this.processing.issuedRecord(caller.account(), caller.structure(), invoice.get()));
		answer.put("identifiantFactureCPP", invoice.get());
		answer.put("identifiantStructure", flow.area().identifier().value());
		answer.put("numeroFacture", integrated.number());
		answer.put("statutFacture", integrated.status().name());
		return ResponseEntity.ok(answer);
	}

	@PostMapping("/rechercher/fournisseur")
	Map<String, Object> rechercherFactureParFournisseur(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Search request) {
		Search search = (request != null) ? request : Search.NONE;
		Paging paging = Paging.of(search.rechercheFactureParFournisseur());
		InvoiceProcessing.Slice slice = this.processing.issued(caller.account(), caller.structure(),
				search.filter(paging), paging.offset(), paging.size());
		return Answer.page("listeFactures", slice.invoices().stream().map(FacturesController::row).toList(), paging,
				slice.total());
	}

	@PostMapping("/rechercher/recipiendaire")
	Map<String, Object> rechercherFactureParRecipiendaire(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Search request) {
		Search search = (request != null) ? request : Search.NONE;
		Paging paging = Paging.of(search.paramRecherche());
		InvoiceProcessing.Slice slice = this.processing.received(caller.account(), caller.structure(),
				search.filter(paging), paging.offset(), paging.size());
		Map<String, Object> answer = Answer.page("listeFactures",
				slice.invoices().stream().map(FacturesController::row).toList(), paging, slice.total());
		answer.putAll(Answer.paging(paging, slice.total()));
		return answer;
	}

	@PostMapping("/rechercher/valideur")
	Map<String, Object> rechercherFactureParValideur(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Search request) {
		Search search = (request != null) ? request : Search.NONE;
		Paging paging = Paging.of(search.rechercheFactureParValideur());
		InvoiceProcessing.Slice slice = this.processing.toValidate(caller.account(), caller.structure(),
				search.filter(paging), paging.offset(), paging.size());
		return Answer.page("listeFactures", slice.invoices().stream().map(FacturesController::row).toList(), paging,
				slice.total());
	}

	@PostMapping("/consulter/fournisseur")
	Map<String, Object> consulterFactureParFournisseur(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) InvoiceRef request) {
		long id = InvoiceRef.id(request);
		return invoice(found(id, () -> this.processing.issuedInvoice(caller.account(), caller.structure(), id)));
	}

	@PostMapping("/consulter/recipiendaire")
	Map<String, Object> consulterFactureParRecipiendaire(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) InvoiceRef request) {
		long id = InvoiceRef.id(request);
		return invoice(found(id, () -> this.processing.receivedInvoice(caller.account(), caller.structure(), id)));
	}

	@PostMapping("/consulter/valideur")
	Map<String, Object> consulterFactureParValideur(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) InvoiceRef request) {
		long id = InvoiceRef.id(request);
		return invoice(found(id, () -> this.processing.invoiceToValidate(caller.account(), caller.structure(), id)));
	}

	/** The statuses an invoice went through, whichever side of it the caller is on. */
	@PostMapping("/consulter/historique")
	Map<String, Object> consulterHistoriqueFacture(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) InvoiceRef request) {
		long id = InvoiceRef.id(request);
		InvoicePage page = anySide(caller, id);
		List<Map<String, Object>> statuses = new ArrayList<>();
		for (int i = page.history().size() - 1; i >= 0; i--) {
			HistoryLine line = page.history().get(i);
			Map<String, Object> item = Answer.object();
			item.put("histoStatutId", i + 1);
			item.put("histoStatutCode", line.change().status().name());
			item.put("histoStatutDatePassage", ApiDates.minutes(line.change().at()));
			item.put("histoStatutCommentaire", line.change().comment().orElse(null));
			item.put("histoStatutUtilisateurNom", line.who().orElse(null));
			statuses.add(item);
		}
		Map<String, Object> history = Answer.object();
		history.put("histoStatut", statuses);
		history.put("nbResultatsParPageHistoStatut", statuses.size());
		history.put("pageCouranteHistoStatut", 1);
		history.put("pagesHistoStatut", 1);
		history.put("totalHistoStatut", statuses.size());
		Map<String, Object> answer = Answer.ok();
		answer.put("idFacture", id);
		answer.put("numeroFacture", page.invoice().number());
		answer.put("statutCourantCode", page.invoice().status().name());
		answer.put("historiquesDesStatuts", history);
		return answer;
	}

	/**
	 * The recipient moves an invoice to a new status, with its reason when one is due.
	 */
	@PostMapping("/traiter/recue")
	Map<String, Object> traiterFactureRecue(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Processing request) {
		if (request == null) {
			throw ApiFailure.invalid("cpro.error.json");
		}
		long id = Request.required("idFacture", request.idFacture());
		InvoiceStatus to = Request.value(InvoiceStatus.class, "nouveauStatut",
				Request.required("nouveauStatut", request.nouveauStatut()));
		InvoiceRecord invoice = found(id,
				() -> this.processing.receivedRecord(caller.account(), caller.structure(), id));
		StatusChange change = this.processing.process(caller.account(), caller.structure(), id, to, request.motif(),
				request.numeroDPMandat());
		Map<String, Object> answer = Answer.ok();
		answer.put("idFacture", id);
		answer.put("numeroFacture", invoice.number());
		answer.put("nouveauStatut", change.status().name());
		answer.put("dateTraitement", ApiDates.date(change.at()));
		return answer;
	}

	/** The validator approves (VALIDATION) or refuses (REFUS) an invoice to validate. */
	@PostMapping("/traiter/factureAValider")
	Map<String, Object> traiterFactureAValider(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Validation request) {
		if (request == null) {
			throw ApiFailure.invalid("cpro.error.json");
		}
		long id = Request.required("idFacture", request.idFacture());
		String action = Request.required("action", request.action());
		InvoiceStatus decision = switch (action) {
			case "VALIDATION" -> InvoiceStatus.VALIDEE_1;
			case "REFUS" -> InvoiceStatus.REFUSEE_1;
			default -> throw ApiFailure.invalid("cpro.error.value", "action", action);
		};
		InvoiceRecord invoice = found(id,
				() -> this.processing.recordToValidate(caller.account(), caller.structure(), id));
		String comment = String.join(" ", Request.words(request.motifRefus(), request.complementInfo()));
		StatusChange change = this.processing.validate(caller.account(), caller.structure(), id, decision,
				comment.isEmpty() ? null : comment);
		Map<String, Object> answer = Answer.ok();
		answer.put("idFacture", id);
		answer.put("numeroFacture", invoice.number());
		answer.put("statutFacture", change.status().name());
		answer.put("dateTraitement", ApiDates.date(change.at()));
		return answer;
	}

	/**
	 * The recipient downloads invoices: their originals (PDF for Factur-X and PDF
	 * deposits, the XML otherwise), with their supporting documents when asked, as one
	 * file, or a zip of several. The first download is recorded.
	 */
	@PostMapping("/telecharger/groupe")
	Map<String, Object> telechargerGroupeFacture(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Download request) throws IOException {
		if (request == null || request.listeFacture() == null || request.listeFacture().isEmpty()) {
			throw ApiFailure.invalid("cpro.error.required", "listeFacture");
		}
		boolean withAttachments = "OUI".equalsIgnoreCase(Request.text(request.avecPiecesJointesComplementaires()));
		List<Document> documents = new ArrayList<>();
		for (InvoiceRef ref : new LinkedHashSet<>(request.listeFacture())) {
			long id = InvoiceRef.id(ref);
			documents.add(found(id, () -> this.processing.receivedOriginal(caller.account(), caller.structure(), id)));
			if (withAttachments) {
				for (AttachmentView attachment : this.processing
					.receivedInvoice(caller.account(), caller.structure(), id)
					.attachments()) {
					documents.add(new Document(id + "/" + attachment.fileName(),
							this.processing
								.attachment(caller.account(), caller.structure(), id, attachment.sha256(), true)
								.content()));
				}
			}
		}
		Map<String, Object> answer = Answer.ok();
		if (documents.size() == 1) {
			answer.put("nomFichier", documents.get(0).name());
			answer.put("fichierResultat", Base64.getEncoder().encodeToString(documents.get(0).content()));
			return answer;
		}
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		Set<String> names = new HashSet<>();
		try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
			for (Document document : documents) {
				String name = document.name();
				for (int n = 2; !names.add(name); n++) {
					name = n + "_" + document.name();
				}
				zip.putNextEntry(new ZipEntry(name));
				zip.write(document.content());
				zip.closeEntry();
			}
		}
		answer.put("nomFichier", "factures.zip");
		answer.put("fichierResultat", Base64.getEncoder().encodeToString(zipped.toByteArray()));
		return answer;
	}

	/**
	 * The supplier gives an invoice to recycle its right recipient data; the directory
	 * routes it again.
	 */
	@PostMapping("/recycler")
	Map<String, Object> recyclerFacture(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Recycling request) {
		if (request == null) {
			throw ApiFailure.invalid("cpro.error.json");
		}
		long id = Request.required("identifiantFactureCPP", request.identifiantFactureCPP());
		Recycling.Recipient recipient = (request.destinataire() != null) ? request.destinataire()
				: new Recycling.Recipient(null, null);
		InvoiceRecord invoice = found(id, () -> this.processing.issuedRecord(caller.account(), caller.structure(), id));
		StatusChange change = this.processing.recycle(caller.account(), caller.structure(), id,
				Request.required("destinataire.codeDestinataire", recipient.codeDestinataire()),
				Request.text(recipient.codeServiceExecutant()),
				(request.reference() == null) ? null : Request.text(request.reference().numeroBonCommande()));
		Map<String, Object> answer = Answer.ok();
		answer.put("identifiantFactureCPP", id);
		answer.put("numeroFacture", invoice.number());
		answer.put("statutFacture", change.status().name());
		answer.put("dateDepot", ApiDates.date(change.at()));
		return answer;
	}

	/**
	 * The supplier completes a suspended invoice with files sent before with
	 * ajouterFichierDansSysteme.
	 */
	@PostMapping("/completer")
	Map<String, Object> completerFacture(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Completion request) {
		if (request == null) {
			throw ApiFailure.invalid("cpro.error.json");
		}
		long id = Request.required("identifiantFactureCPP", request.identifiantFactureCPP());
		List<Attachment> attachments = new ArrayList<>();
		for (Completion.File file : (request.pieceJointeComplementaire() == null) ? List.<Completion.File>of()
				: request.pieceJointeComplementaire()) {
			long fileId = Request.required("pieceJointeComplementaireId", file.pieceJointeComplementaireId());
			attachments.add(this.files.find(caller.account(), fileId)
				.orElseThrow(() -> ApiFailure.notFound("cpro.error.file", fileId)));
		}
		InvoiceRecord invoice = found(id, () -> this.processing.issuedRecord(caller.account(), caller.structure(), id));
		StatusChange change = this.processing.complete(caller.account(), caller.structure(), id, request.commentaire(),
				attachments);
		Map<String, Object> answer = Answer.ok();
		answer.put("identifiantFactureCPP", id);
		answer.put("numeroFacture", invoice.number());
		answer.put("dateTraitement", ApiDates.date(change.at()));
		return answer;
	}

	/** The supplier acknowledges rejected or suspended invoices (traiterRejet). */
	@PostMapping("/traiterRejet")
	Map<String, Object> traiterRejet(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) Acknowledgement request) {
		if (request == null || request.listeDemandePaiement() == null || request.listeDemandePaiement().isEmpty()) {
			throw ApiFailure.invalid("cpro.error.required", "listeDemandePaiement");
		}
		List<Long> ids = request.listeDemandePaiement()
			.stream()
			.map(item -> Request.required("idDemandePaiement", item.idDemandePaiement()))
			.toList();
		this.processing.acknowledge(caller.account(), ids);
		return Answer.ok();
	}

	private InvoicePage anySide(Caller caller, long id) {
		List<Supplier<InvoicePage>> sides = List.of(
				() -> this.processing.issuedInvoice(caller.account(), caller.structure(), id),
				() -> this.processing.receivedInvoice(caller.account(), caller.structure(), id),
				() -> this.processing.invoiceToValidate(caller.account(), caller.structure(), id));
		for (Supplier<InvoicePage> side : sides) {
			try {
				return side.get();
			}
			catch (AccessDeniedException ex) {
				// not this side's
			}
		}
		throw ApiFailure.notFound("cpro.error.invoice", id);
	}

	/** What the caller reads of an invoice; one it may not see is unknown to it. */
	private static <T> T found(long id, Supplier<T> read) {
		try {
			return read.get();
		}
		catch (AccessDeniedException ex) {
			throw ApiFailure.notFound("cpro.error.invoice", id);
		}
	}

	private static List<Map<String, Object>> certificate(DepositReceipt receipt) {
		return receipt.files().stream().map(file -> {
			Map<String, Object> item = Answer.object();
			item.put("nomFichier", file.name());
			item.put("empreinteSha256", file.sha256());
			item.put("taille", file.size());
			return item;
		}).toList();
	}

	/** A line of a search's answer, in the fields both sides' searches share. */
	static Map<String, Object> row(InvoiceSummary invoice) {
		Map<String, Object> item = Answer.object();
		item.put("identifiantFactureCPP", invoice.id());
		item.put("idFacture", invoice.id());
		item.put("numeroFacture", invoice.number());
		item.put("typeFacture", invoice.kind());
		item.put("dateFacture", ApiDates.date(invoice.issueDate()));
		item.put("codeFournisseur", invoice.supplierIdentifier());
		item.put("designationFournisseur", invoice.supplierName());
		item.put("codeDestinataire", invoice.recipient());
		item.put("designationDestinataire", invoice.recipientName());
		item.put("codeServiceExecutant", invoice.serviceCode().orElse(null));
		item.put("montantTTC", invoice.totalWithVat().orElse(null));
		item.put("devise", invoice.currency());
		item.put("statut", invoice.status().name());
		item.put("dateHeureEtatCourant", invoice.statusAt().toString());
		item.put("factureTelechargeeParDestinataire", invoice.downloaded());
		return item;
	}

	/**
	 * consulterFacture's {@code facture}: header, parties, amounts, lines, VAT, files.
	 */
	private static Map<String, Object> invoice(InvoicePage page) {
		InvoiceRecord invoice = page.invoice();
		InvoiceDetails details = page.details();
		Map<String, Object> facture = Answer.object();
		facture.put("identifiantFactureCPP", invoice.id());
		facture.put("numeroFacture", invoice.number());
		facture.put("statutFacture", invoice.status().name());
		Map<String, Object> cadre = Answer.object();
		cadre.put("codeCadreFacturation",
				TransversesController.CADRES.stream()
					.filter(code -> code.startsWith(invoice.cadre() + "_"))
					.findFirst()
					.orElse(invoice.cadre()));
		invoice.validator().ifPresent(validator -> cadre.put("codeValideur1", validator));
		facture.put("cadreDeFacturation", cadre);
		Map<String, Object> recipient = Answer.object();
		recipient.put("codeDestinataire", invoice.recipient());
		recipient.put("libelleDestinataire", invoice.recipientName());
		recipient.put("codeServiceExecutant", invoice.serviceCode().orElse(null));
		facture.put("destinataire", recipient);
		Map<String, Object> supplier = Answer.object();
		supplier.put("idFournisseur", invoice.supplierId());
		supplier.put("codeFournisseur", invoice.supplierIdentifier());
		supplier.put("designationFournisseur", invoice.supplierName());
		details.iban().ifPresent(iban -> supplier.put("coordBancairesFournisseurCompteBancaire", iban));
		facture.put("fournisseur", supplier);
		Map<String, Object> references = Answer.object();
		references.put("codeDeviseFacture", invoice.currency());
		references.put("dateFacture", ApiDates.date(invoice.issueDate()));
		references.put("dateDepot", ApiDates.date(invoice.depositedAt()));
		references.put("dateEcheancePaiement", invoice.dueDate().map(ApiDates::date).orElse(null));
		references.put("numeroBonCommande", invoice.commitmentNumber().orElse(null));
		references.put("typeFacture", invoice.kind());
		references.put("numeroFluxDepot", invoice.depositNumber());
		references.put("syntaxeFlux", invoice.syntaxeFlux());
		facture.put("references", references);
		Map<String, Object> totals = Answer.object();
		totals.put("montantHtTotal", invoice.totalWithoutVat().orElse(null));
		totals.put("montantTVA", invoice.totalVat().orElse(null));
		totals.put("montantTtcTotal", invoice.totalWithVat().orElse(null));
		totals.put("montantAPayer", invoice.amountDue().orElse(null));
		facture.put("montantTotal", totals);
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 0; i < details.lines().size(); i++) {
			InvoiceDetails.Line line = details.lines().get(i);
			Map<String, Object> item = Answer.object();
			item.put("lignePosteNumero", i + 1);
			item.put("lignePosteReference", line.id());
			item.put("lignePosteDenomination", line.name());
			item.put("lignePosteQuantite", line.quantity().orElse(null));
			item.put("lignePosteUniteLibelle", line.unit().orElse(null));
			item.put("lignePosteMontantUnitaireHT", line.price().orElse(null));
			item.put("lignePosteTauxTvaManuel", line.rate().orElse(null));
			item.put("lignePosteMontantHtApresRemise", line.amount().orElse(null));
			lines.add(item);
		}
		Map<String, Object> lineList = Answer.object();
		lineList.put("lignePoste", lines);
		lineList.put("totalLignesPoste", lines.size());
		facture.put("lignesDePoste", lineList);
		List<Map<String, Object>> vat = details.vat().stream().map(breakdown -> {
			Map<String, Object> item = Answer.object();
			item.put("ligneTvaTauxManuel", breakdown.rate().orElse(null));
			item.put("ligneTvaTauxRefCode", breakdown.category().orElse(null));
			item.put("ligneTvaMontantBaseHtParTaux", breakdown.taxable().orElse(null));
			item.put("ligneTvaMontantTvaParTaux", breakdown.tax().orElse(null));
			return item;
		}).toList();
		Map<String, Object> vatList = Answer.object();
		vatList.put("ligneTva", vat);
		vatList.put("totalLignesRecapitulativesTVA", vat.size());
		facture.put("recapitulatifDeTva", vatList);
		List<Map<String, Object>> attachments = page.attachments().stream().map(attachment -> {
			Map<String, Object> item = Answer.object();
			item.put("pieceJointeDesignation", attachment.fileName());
			item.put("pieceJointeTypeMime", attachment.mediaType());
			item.put("pieceJointeEmpreinteSha256", attachment.sha256());
			item.put("pieceJointeTaille", attachment.size());
			return item;
		}).toList();
		Map<String, Object> attachmentList = Answer.object();
		attachmentList.put("pieceJointe", attachments);
		attachmentList.put("totalListePiecesJointe", attachments.size());
		facture.put("listeDesPiecesJointes", attachmentList);
		facture.put("commentaire", details.note().orElse(null));
		Map<String, Object> answer = Answer.ok();
		answer.put("facture", facture);
		return answer;
	}

	/** soumettreFacture's body, as Chorus Pro names its fields. */
	record Submission(String modeDepot, String numeroFactureSaisi, String dateFacture, String dateEcheancePaiement,
			Cadre cadreDeFacturation, Recipient destinataire, SupplierPart fournisseur, References references,
			List<Line> lignePoste, Totals montantTotal,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<MainFile> pieceJointePrincipale,
			List<Completion.File> pieceJointeComplementaire, String commentaire) {

		/** Chorus Pro's payment means, in UNTDID 4461. */
		private static final Map<String, String> PAYMENT_MEANS = Map.of("VIREMENT", "30", "PRELEVEMENT", "49", "CHEQUE",
				"20");

		/** The API's name of a form field, for the refusal that names it. */
		static String field(String form) {
			String line = form.replaceAll("^lines\\[(\\d+)\\]\\.?.*$", "lignePoste[$1]");
			String part = form.replaceAll("^lines\\[\\d+\\]\\.?", "");
			String name = switch (part) {
				case "recipientSiret" -> "destinataire.codeDestinataire";
				case "serviceCode" -> "destinataire.codeServiceExecutant";
				case "commitmentNumber" -> "references.numeroBonCommande";
				case "cadre" -> "cadreDeFacturation.codeCadreFacturation";
				case "validatorSiret" -> "cadreDeFacturation.codeStructureValideur";
				case "number" -> "numeroFactureSaisi";
				case "issueDate" -> "dateFacture";
				case "dueDate" -> "dateEcheancePaiement";
				case "currency" -> "references.deviseFacture";
				case "paymentMeans" -> "references.modePaiement";
				case "iban" -> "fournisseur.iban";
				case "exemptionReason" -> "references.motifExonerationTva";
				case "precedingInvoice" -> "references.numeroFactureOrigine";
				case "lines" -> "lignePoste";
				case "description" -> "lignePosteDenomination";
				case "quantity" -> "lignePosteQuantite";
				case "unit" -> "lignePosteUnite";
				case "unitPrice" -> "lignePosteMontantUnitaireHT";
				case "allowance" -> "lignePosteMontantRemiseHT";
				case "rate", "category" -> "lignePosteTauxTvaManuel";
				case "totalWithoutVat" -> "montantTotal.montantHtTotal";
				case "totalVat" -> "montantTotal.montantTVA";
				case "totalWithVat" -> "montantTotal.montantTtcTotal";
				case "amountDue" -> "montantTotal.montantAPayer";
				default -> part;
			};
			return form.startsWith("lines[") && !part.isEmpty() ? line + "." + name : name;
		}

		SubmittedInvoice invoice() {
			References refs = (this.references != null) ? this.references
					: new References(null, null, null, null, null, null, null);
			Cadre cadre = (this.cadreDeFacturation != null) ? this.cadreDeFacturation : new Cadre(null, null);
			Recipient recipient = (this.destinataire != null) ? this.destinataire : new Recipient(null, null);
			boolean creditNote = "AVOIR".equalsIgnoreCase(Request.text(refs.typeFacture()));
			String means = Request.text(refs.modePaiement());
			String paymentMeans = (means == null) ? (creditNote ? null : "30") : PAYMENT_MEANS.get(means);
			if (means != null && paymentMeans == null) {
				throw ApiFailure.invalid("cpro.submit.paymentMeans", means);
			}
			String category = switch (Optional.ofNullable(Request.text(refs.typeTva())).orElse("")) {
				case "EXONERATION", "SANS_TVA" -> "E";
				default -> null;
			};
			List<SubmittedInvoice.Line> lines = (this.lignePoste == null) ? List.of()
					: this.lignePoste.stream().map(line -> {
						BigDecimal rate = line.rate();
						String lineCategory = (category != null) ? category
								: (rate != null && rate.signum() == 0) ? "Z" : "S";
						return new SubmittedInvoice.Line(line.lignePosteDenomination(), line.lignePosteQuantite(),
								line.lignePosteUnite(), line.lignePosteMontantUnitaireHT(),
								line.lignePosteMontantRemiseHT(), lineCategory, rate);
					}).toList();
			Totals totals = (this.montantTotal != null) ? this.montantTotal : new Totals(null, null, null, null);
			return new SubmittedInvoice(recipient.codeDestinataire(), recipient.codeServiceExecutant(),
					refs.numeroBonCommande(), Cadre.code(cadre.codeCadreFacturation()), this.numeroFactureSaisi,
					creditNote, refs.numeroFactureOrigine(), ApiDates.date("dateFacture", this.dateFacture),
					ApiDates.date("dateEcheancePaiement", this.dateEcheancePaiement),
					Optional.ofNullable(Request.text(refs.deviseFacture())).orElse("EUR"), paymentMeans,
					(this.fournisseur == null) ? null : this.fournisseur.iban(), refs.motifExonerationTva(),
					this.commentaire, lines, cadre.codeStructureValideur(),
					new SubmittedInvoice.Totals(totals.montantHtTotal(), totals.montantTVA(), totals.montantTtcTotal(),
							totals.montantAPayer()));
		}

		record Cadre(String codeCadreFacturation, String codeStructureValideur) {

			/** A1 of A1_FACTURE_FOURNISSEUR; A1 when none is given. */
			static String code(String given) {
				String code = Request.text(given);
				return (code == null) ? "A1" : code.replaceFirst("_.*$", "");
			}

		}

		record Recipient(String codeDestinataire, String codeServiceExecutant) {

		}

		/**
		 * The supplier part; Chorale has no register of bank details yet, so a transfer's
		 * IBAN comes here, not as {@code codeCoordonneesBancairesFournisseur}.
		 */
		record SupplierPart(Long idFournisseur, String iban) {

		}

		record References(String deviseFacture, String typeFacture, String typeTva, String modePaiement,
				String numeroBonCommande, String numeroFactureOrigine, String motifExonerationTva) {

		}

		record Line(String lignePosteDenomination, BigDecimal lignePosteQuantite, String lignePosteUnite,
				BigDecimal lignePosteMontantUnitaireHT, BigDecimal lignePosteMontantRemiseHT,
				BigDecimal lignePosteTauxTvaManuel, String lignePosteTauxTva) {

			/**
			 * The rate given as a number, or as Chorus Pro's code ("TVA20", "20"); a
			 * manual rate of 0 beside a code is Go's empty value, not a rate.
			 */
			BigDecimal rate() {
				String code = Request.text(this.lignePosteTauxTva);
				if (this.lignePosteTauxTvaManuel != null
						&& (this.lignePosteTauxTvaManuel.signum() != 0 || code == null)) {
					return this.lignePosteTauxTvaManuel;
				}
				if (code == null) {
					return null;
				}
				try {
					return new BigDecimal(code.replaceAll("[^0-9.,]", "").replace(',', '.'));
				}
				catch (NumberFormatException ex) {
					throw ApiFailure.invalid("cpro.error.field", "lignePosteTauxTva");
				}
			}

		}

		record Totals(BigDecimal montantHtTotal, BigDecimal montantTVA, BigDecimal montantTtcTotal,
				BigDecimal montantAPayer) {

		}

		record MainFile(Long pieceJointePrincipaleId, String pieceJointePrincipaleDesignation) {

		}

	}

	record PdfUpload(String fichierFacture, String nomFichier, String formatDepot) {

	}

	record FlowDeposit(String fichierFlux, String nomFichier, String syntaxeFlux, Boolean avecSignature) {

	}

	/**
	 * The criteria both sides search by; each side names its paging object its own way.
	 */
	record Search(List<String> statutCourant, String numeroFacture, String numeroFluxDepot, String periodeDateFactureDu,
			String periodeDateFactureAu, BigDecimal montantTTCMin, BigDecimal montantTTCMax,
			Boolean factureTelechargeeParDestinataire, String codeServiceExecutant,
			Paging.Parameters rechercheFactureParFournisseur, Paging.Parameters paramRecherche,
			Paging.Parameters rechercheFactureParValideur) {

		static final Search NONE = new Search(null, null, null, null, null, null, null, null, null, null, null, null);

		/**
		 * The columns triColonne may name, as the answers name them; newest first by
		 * default.
		 */
		private static final Map<String, InvoiceFilter.Sort> SORTS = Map.of("identifiantfacturecpp",
				InvoiceFilter.Sort.DEPOSIT, "datedepot", InvoiceFilter.Sort.DEPOSIT, "datefacture",
				InvoiceFilter.Sort.ISSUE_DATE, "montantttc", InvoiceFilter.Sort.AMOUNT);

		InvoiceFilter filter(Paging paging) {
			String column = Request.text(paging.sortColumn());
			InvoiceFilter.Sort sort = (column == null) ? InvoiceFilter.Sort.DEPOSIT
					: SORTS.get(column.toLowerCase(java.util.Locale.ROOT));
			if (sort == null) {
				throw ApiFailure.invalid("cpro.error.sortColumn", column);
			}
			List<InvoiceStatus> statuses = (this.statutCourant == null) ? List.of()
					: this.statutCourant.stream()
						.map(Request::text)
						.filter(java.util.Objects::nonNull)
						.map(status -> Request.value(InvoiceStatus.class, "statutCourant", status))
						.toList();
			return new InvoiceFilter(null, null, Request.text(this.codeServiceExecutant),
					ApiDates.date("periodeDateFactureDu", this.periodeDateFactureDu),
					ApiDates.date("periodeDateFactureAu", this.periodeDateFactureAu), positive(this.montantTTCMin),
					positive(this.montantTTCMax),
					Boolean.TRUE.equals(this.factureTelechargeeParDestinataire) ? true : null, sort, paging.ascending(),
					Request.text(this.numeroFacture), Request.text(this.numeroFluxDepot), statuses);
		}

		/** Go's clients send 0 for an amount left empty. */
		private static BigDecimal positive(BigDecimal amount) {
			return (amount == null || amount.signum() == 0) ? null : amount;
		}

	}

	record InvoiceRef(Long identifiantFactureCPP, Long idFacture, String codeLangue) {

		static long id(InvoiceRef ref) {
			if (ref == null) {
				throw ApiFailure.invalid("cpro.error.required", "identifiantFactureCPP");
			}
			Long id = (ref.identifiantFactureCPP() != null && ref.identifiantFactureCPP() != 0)
					? ref.identifiantFactureCPP() : ref.idFacture();
			return Request.required("identifiantFactureCPP", id);
		}

	}

	record Processing(Long idFacture, String nouveauStatut, String motif, String numeroDPMandat) {

	}

	record Validation(Long idFacture, String action, String motifRefus, String complementInfo) {

	}

	record Download(List<InvoiceRef> listeFacture, String format, String avecPiecesJointesComplementaires) {

	}

	record Recycling(Long identifiantFactureCPP, Recipient destinataire, Reference reference, String commentaire) {

		record Recipient(String codeDestinataire, String codeServiceExecutant) {

		}

		record Reference(String numeroBonCommande) {

		}

	}

	record Completion(Long identifiantFactureCPP, String commentaire, List<File> pieceJointeComplementaire) {

		record File(Long pieceJointeComplementaireId, String pieceJointeComplementaireDesignation) {

		}

	}

	record Acknowledgement(List<Item> listeDemandePaiement) {

		record Item(Long idDemandePaiement) {

		}

	}

}
