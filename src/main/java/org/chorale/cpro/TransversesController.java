package org.chorale.cpro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chorale.directory.Directory;
import org.chorale.directory.DirectoryAdministration;
import org.chorale.directory.RecipientView;
import org.chorale.invoice.DepositChannel;
import org.chorale.invoice.DepositFileView;
import org.chorale.invoice.InvoiceManagement;
import org.chorale.invoice.InvoiceStatus;
import org.chorale.invoice.validation.Finding;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.sirene.Establishment;
import org.chorale.sirene.SireneManagement;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Chorus Pro's Transverses API: reference lists, the directory of recipients, the SIRENE
 * register, flow reports (comptes rendus) and files sent ahead of a deposit.
 */
@Tag(name = "Transverses",
		description = "Chorus Pro /cpro/transverses/v1: reference lists, recipients, SIRENE, flow reports, files")
@CproApi
class TransversesController {

	private static final String BASE = "/cpro/transverses/v1";

	/** The cadres de facturation, A1 to A25, as the API names them. */
	static final List<String> CADRES = List.of("A1_FACTURE_FOURNISSEUR", "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE",
			"A3_MEMOIRE_JUSTICE", "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR", "A5_ETAT_ACOMPTE_FOURNISSEUR",
			"A6_ETAT_ACOMPTE_VALIDE_FOURNISSEUR", "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR",
			"A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR", "A9_FACTURE_SOUSTRAITANT",
			"A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT", "A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT",
			"A12_FACTURE_COTRAITANT", "A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT", "A14_PROJET_DECOMPTE_FINAL_COTRAITANT",
			"A15_ETAT_ACOMPTE_MOE", "A16_ETAT_ACOMPTE_VALIDE_MOE", "A17_PROJET_DECOMPTE_GENERAL_MOE",
			"A18_DECOMPTE_GENERAL_MOE", "A19_ETAT_ACOMPTE_VALIDE_MOA", "A20_DECOMPTE_GENERAL_MOA",
			"A21_DEMANDE_REMBOURSEMENT_TIC", "A22_PROJET_DECOMPTE_GENERAL_FOURNISSEUR_PROCEDURE_TACITE",
			"A23_DECOMPTE_GENERAL_DEFINITIF_TACITE_FOURNISSEUR", "A24_DECOMPTE_GENERAL_DEFINITIF_TACITE_MOE",
			"A25_DECOMPTE_GENERAL_DEFINITIF_MOE_PROCEDURE_TACITE");

	/** The VAT rates of France (mainland, Corsica and the overseas departments). */
	private static final List<String> VAT_RATES = List.of("20", "10", "8.5", "5.5", "2.1", "1.75", "1.05", "0.9", "0");

	private static final List<String> PAYMENT_MEANS = List.of("CHEQUE", "PRELEVEMENT", "VIREMENT", "ESPECE", "AUTRE",
			"REPORT");

	private static final List<String> FLOW_FORMATS = List.of("IN_DP_E1_STRUCT", "IN_DP_E2_FACTURX");

	private final Directory directory;

	private final DirectoryAdministration directoryFile;

	private final SireneManagement sirene;

	private final InvoiceManagement invoices;

	private final StructureManagement structures;

	private final ApiFiles files;

	TransversesController(Directory directory, DirectoryAdministration directoryFile, SireneManagement sirene,
			InvoiceManagement invoices, StructureManagement structures, ApiFiles files) {
		this.directory = directory;
		this.directoryFile = directoryFile;
		this.sirene = sirene;
		this.invoices = invoices;
		this.structures = structures;
		this.files = files;
	}

	/** Any other path under /cpro, or a method an operation does not take. */
	@Hidden
	@RequestMapping("/cpro/**")
	Map<String, Object> unknown() {
		throw ApiFailure.notFound("cpro.error.operation");
	}

	@GetMapping(BASE + "/health-check")
	Map<String, Object> healthCheck() {
		Map<String, Object> answer = Answer.object();
		answer.put("body", "OK");
		answer.put("statusCodeValue", 200);
		answer.put("statusCode", "200");
		return answer;
	}

	@PostMapping(BASE + "/recuperer/cadrefacturation")
	Map<String, Object> recupererCadreFacturation() {
		return list("listeCadreFacturation", "codeCadreFacturation", CADRES);
	}

	@PostMapping(BASE + "/recuperer/tauxtva")
	Map<String, Object> recupererTauxTva() {
		return list("listeTauxTva", "tauxTva", VAT_RATES);
	}

	@PostMapping(BASE + "/recuperer/modedepot")
	Map<String, Object> recupererModesDepot() {
		return list("listeModeDepot", "modeDepot", Arrays.stream(DepositChannel.values()).map(Enum::name).toList());
	}

	@PostMapping(BASE + "/recuperer/formatflux")
	Map<String, Object> recupererFormatFlux() {
		return list("listeFormatFlux", "formatFlux", FLOW_FORMATS);
	}

	@PostMapping(BASE + "/recuperer/modereglements")
	Map<String, Object> recupererModesReglement() {
		return list("listeModePaiement", "modePaiement", PAYMENT_MEANS);
	}

	@PostMapping(BASE + "/recuperer/typeidentifiant/structure")
	Map<String, Object> recupererTypeIdentifiantStructure() {
		return list("listeTypeIdentifiantStructure", "typeIdentifiantStructure",
				Arrays.stream(org.chorale.shared.IdentifierType.values()).map(Enum::name).toList());
	}

	/** The statuses a recipient may set from the one given. */
	@PostMapping(BASE + "/recuperer/etats/traitement")
	Map<String, Object> recupererEtatsPossiblesPourTraitement(@RequestBody(required = false) Status request) {
		InvoiceStatus current = Request.value(InvoiceStatus.class, "statutCourant",
				Request.required("statutCourant", request == null ? null : request.statutCourant()));
		return list("listeStatutsPossiblesPourTraitement", "statutPossiblePourTraitement",
				current.next(InvoiceStatus.Actor.RECIPIENT).stream().map(Enum::name).sorted().toList());
	}

	@PostMapping(BASE + "/recuperer/devises")
	Map<String, Object> recupererDevises(@RequestBody(required = false) Language request) {
		Locale language = language(request);
		Map<String, Object> answer = Answer.ok();
		answer.put("listeDevises",
				Currency.getAvailableCurrencies()
					.stream()
					.sorted(Comparator.comparing(Currency::getCurrencyCode))
					.map(currency -> {
						Map<String, Object> item = Answer.object();
						item.put("codeDevise", currency.getCurrencyCode());
						item.put("libelleDevise", currency.getDisplayName(language));
						return item;
					})
					.toList());
		return answer;
	}

	@PostMapping(BASE + "/recuperer/pays")
	Map<String, Object> recupererPays(@RequestBody(required = false) Language request) {
		Locale language = language(request);
		Map<String, Object> answer = Answer.ok();
		answer.put("listePays", Arrays.stream(Locale.getISOCountries()).sorted().map(code -> {
			Map<String, Object> item = Answer.object();
			item.put("codePays", code);
			item.put("libellePays", new Locale.Builder().setRegion(code).build().getDisplayCountry(language));
			return item;
		}).toList());
		return answer;
	}

	/** The caller's structure, the only one it deposits for or receives as. */
	@PostMapping({ BASE + "/recuperer/structures/actives/fournisseur",
			BASE + "/recuperer/structures/actives/destinataire" })
	Map<String, Object> recupererStructuresActives(@AuthenticationPrincipal Caller caller) {
		StructureView structure = this.structures.structureFor(caller.account(), caller.structure());
		Map<String, Object> item = Answer.object();
		item.put("idStructureCPP", structure.id().value());
		item.put("identifiant", structure.identifier().value());
		item.put("designationStructure", structure.name());
		Map<String, Object> answer = Answer.ok();
		answer.put("listeStructures", List.of(item));
		return answer;
	}

	@PostMapping(BASE + "/rechercher/destinataire")
	Map<String, Object> rechercherDestinataire(@RequestBody(required = false) RecipientSearch request) {
		RecipientSearch search = (request != null) ? request : new RecipientSearch(null, null, null, null);
		Paging paging = Paging.of(search.parametresRecherche());
		Directory.Slice<RecipientView> found;
		if (Request.text(search.identifiant()) != null) {
			List<RecipientView> one = bySiret(search.identifiant()).stream().toList();
			found = new Directory.Slice<>(Request.slice(one, paging), one.size());
		}
		else if (Request.text(search.nomVilleCodePostal()) != null) {
			found = this.directory.search(search.nomVilleCodePostal(), paging.offset(), paging.size());
		}
		else {
			throw ApiFailure.invalid("cpro.error.required", "identifiant / nomVilleCodePostal");
		}
		List<Map<String, Object>> items = found.items().stream().map(recipient -> {
			Map<String, Object> item = Answer.object();
			item.put("idStructureCPP", recipient.id());
			item.put("siret", recipient.identifier().value());
			item.put("nomDestinataire", recipient.name());
			item.put("adresseCodePostal", recipient.address().postalCode());
			item.put("adresseVille", recipient.address().city());
			return item;
		}).toList();
		return Answer.page("listeDestinataires", items, paging, found.total());
	}

	/** The whole directory as Chorus Pro publishes it (CSV), zipped, in base64. */
	@PostMapping(BASE + "/telecharger/annuaire/destinataire")
	Map<String, Object> telechargerAnnuaireDestinataire() throws IOException, SQLException {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
			zip.putNextEntry(new ZipEntry("annuaire-destinataires.csv"));
			this.directoryFile.export(zip);
			zip.closeEntry();
		}
		Map<String, Object> answer = Answer.ok();
		answer.put("fichierResultat", Base64.getEncoder().encodeToString(zipped.toByteArray()));
		return answer;
	}

	/**
	 * What the SIRENE register says of an establishment, without what INSEE withholds.
	 */
	@PostMapping(BASE + "/consulter/information/siret")
	Map<String, Object> consulterInformationSIRET(@RequestBody(required = false) SiretRequest request) {
		String typed = Request.required("siretStructure", request == null ? null : request.siretStructure());
		Siret siret;
		try {
			siret = new Siret(typed);
		}
		catch (InvalidIdentifier ex) {
			throw ApiFailure.invalid("cpro.error.field", "siretStructure");
		}
		Establishment found = this.sirene.find(siret).orElseThrow(() -> ApiFailure.notFound("cpro.error.siret", typed));
		Map<String, Object> answer = Answer.ok();
		found.address().ifPresent(address -> answer.put("adresse", address.singleLine()));
		found.categorieJuridique().ifPresent(category -> answer.put("categorieJuridique", category));
		found.created().ifPresent(created -> answer.put("dateCreationEtablissement", created.toString()));
		answer.put("estActif", found.active());
		answer.put("nonDiffusibleInsee", found.nonDiffusible());
		found.legalName().ifPresent(name -> answer.put("raisonSociale", name));
		answer.put("siege", found.headOffice() ? "true" : "false");
		answer.put("siren", siret.siren().value());
		answer.put("siret", siret.value());
		return answer;
	}

	/**
	 * A file for a later operation (soumettreFacture's pieceJointePrincipale or
	 * pieceJointeComplementaire, completerFacture), checked as any attachment.
	 */
	@PostMapping(BASE + "/ajouter/fichier")
	Map<String, Object> ajouterFichierDansSysteme(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) FileUpload request) {
		if (request == null) {
			throw ApiFailure.invalid("cpro.error.json");
		}
		String name = Request.required("pieceJointeNom", request.pieceJointeNom());
		String extension = Request.text(request.pieceJointeExtension());
		if (extension != null && !name.toLowerCase(Locale.ROOT)
			.endsWith("." + extension.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))) {
			name = name + "." + extension.replaceFirst("^\\.", "");
		}
		byte[] content = Request.base64("pieceJointeFichier", request.pieceJointeFichier());
		long id = this.files.add(caller.account(), this.invoices.attachment(name, content));
		Map<String, Object> answer = Answer.ok();
		answer.put("pieceJointeId", id);
		return answer;
	}

	/** The state of a deposit (flux) of the caller's structure. */
	@PostMapping(BASE + "/consulterCR")
	Map<String, Object> consulterCR(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) FlowRequest request) {
		InvoiceManagement.Flow flow = flow(caller, request);
		Map<String, Object> answer = report(flow);
		answer.put("etatCourantFlux", flow.deposit().status().name());
		answer.put("nomFichierFlux", flow.deposit().fileName());
		answer.put("codeInterfaceFlux", flow.deposit().number().substring(0, 3));
		return answer;
	}

	/** The state of a deposit with every rejected invoice's reasons. */
	@PostMapping(BASE + "/consulterCRDetaille")
	Map<String, Object> consulterCRDetaille(@AuthenticationPrincipal Caller caller,
			@RequestBody(required = false) FlowRequest request) {
		InvoiceManagement.Flow flow = flow(caller, request);
		Map<String, Object> answer = report(flow);
		answer.put("etatCourantDepotFlux", flow.deposit().status().name());
		answer.put("nomFichier", flow.deposit().fileName());
		answer.put("codeInterfaceDepotFlux", flow.deposit().number().substring(0, 3));
		answer.put("listeErreurDP",
				flow.files()
					.stream()
					.filter(file -> !file.waiting() && !file.integrated())
					.flatMap(file -> errors(flow, file).stream())
					.toList());
		answer.put("listeErreurTechnique", List.of());
		return answer;
	}

	/** What both reports begin with: the flow's number, deposit time and last change. */
	private static Map<String, Object> report(InvoiceManagement.Flow flow) {
		Map<String, Object> answer = Answer.ok();
		answer.put("numeroFluxDepot", flow.deposit().number());
		answer.put("dateDepotFlux", flow.deposit().depositedAt().toString());
		answer.put("dateHeureEtatCourantFlux",
				flow.deposit().finishedAt().orElse(flow.deposit().depositedAt()).toString());
		return answer;
	}

	private InvoiceManagement.Flow flow(Caller caller, FlowRequest request) {
		String number = Request.required("numeroFluxDepot", request == null ? null : request.numeroFluxDepot());
		return this.invoices.flow(caller.account(), caller.structure(), number)
			.orElseThrow(() -> ApiFailure.notFound("cpro.error.flow", number));
	}

	/** One line per finding of a rejected file, in French with its English. */
	static List<Map<String, Object>> errors(InvoiceManagement.Flow flow, DepositFileView file) {
		return errors(flow.area().identifier().value(), file.fileName(), file.findings());
	}

	/** The errors of an invoice refused before its deposit. */
	static List<Map<String, Object>> errors(List<Finding> findings) {
		return errors(null, null, findings);
	}

	private static List<Map<String, Object>> errors(String supplier, String fileName, List<Finding> findings) {
		return findings.stream()
			.filter(finding -> finding.severity() == org.chorale.invoice.validation.Severity.ERROR)
			.map(finding -> {
				Map<String, Object> item = Answer.object();
				item.put("identifiantFournisseur", supplier);
				item.put("identifiantDestinataire", null);
				item.put("numeroDP", fileName);
				item.put("libelleErreurDP", finding.rule() + " : " + finding.message(Locale.FRENCH) + " / "
						+ finding.message(Locale.ENGLISH));
				return item;
			})
			.toList();
	}

	private Optional<RecipientView> bySiret(String identifier) {
		try {
			return this.directory.recipient(StructureIdentifier.of(new Siret(identifier)));
		}
		catch (InvalidIdentifier ex) {
			return Optional.empty();
		}
	}

	private static Locale language(Language request) {
		return (request != null && "EN".equalsIgnoreCase(Request.text(request.codeLangue()))) ? Locale.ENGLISH
				: Locale.FRENCH;
	}

	private static Map<String, Object> list(String name, String field, List<String> values) {
		Map<String, Object> answer = Answer.ok();
		answer.put(name, values.stream().map(value -> {
			Map<String, Object> item = Answer.object();
			item.put(field, value);
			return item;
		}).toList());
		return answer;
	}

	record Status(String statutCourant) {

	}

	record Language(String codeLangue) {

	}

	record RecipientSearch(String identifiant, String nomVilleCodePostal, String typeStructure,
			Paging.Parameters parametresRecherche) {

	}

	record SiretRequest(String siretStructure) {

	}

	record FileUpload(String pieceJointeNom, String pieceJointeTypeMime, String pieceJointeExtension,
			String pieceJointeFichier) {

	}

	record FlowRequest(String numeroFluxDepot, String syntaxeFlux, String dateDepot) {

	}

}
