package org.chorale.cpro;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.directory.DirectoryAdministration;
import org.chorale.directory.TestDirectory;
import org.chorale.invoice.TestInvoices;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chorus Pro-compatible API as a connector uses it, over HTTP: a supplier deposits
 * and follows its invoices, its recipient processes them, each through its own technical
 * user; with the refusals a connector must be able to read.
 */
@ChoraleTest
class CproApiTests {

	static final String SUPPLIER = "40999900000014";

	static final String DEMOVILLE = "21999900000017";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Connections connections;

	@Autowired
	Webhooks webhooks;

	CproClient supplier;

	AccountId supplierManagerId;

	StructureId supplierId;

	CproClient commune;

	Connections.Credentials client;

	Connections.Credentials supplierTechnical;

	@BeforeEach
	void supplierAndRecipientConnected() throws Exception {
		emptyPlatform(this.context);
		String supplierManager = TestPeople.email("gestionnaire");
		StructureId supplierId = TestStructures.company(this.context, new Siret(SUPPLIER), "PAPETERIE TEST",
				supplierManager, EnumSet.of(WorkArea.FACTURES_EMISES, WorkArea.RACCORDEMENTS));
		String communeManager = TestPeople.email("mairie");
		StructureId communeId = TestStructures.publicStructure(this.context, new Siret(DEMOVILLE),
				"COMMUNE DE DEMOVILLE", communeManager, EnumSet.of(WorkArea.FACTURES_RECUES, WorkArea.RACCORDEMENTS));
		AccountId supplierManagerId = TestStructures.person(this.context, supplierManager);
		this.supplierManagerId = supplierManagerId;
		this.supplierId = supplierId;
		this.client = this.connections.createClient(supplierManagerId, supplierId, "Odoo");
		this.supplierTechnical = this.connections.createTechnicalAccount(supplierManagerId, supplierId);
		Connections.Credentials communeTechnical = this.connections
			.createTechnicalAccount(TestStructures.person(this.context, communeManager), communeId);
		this.supplier = new CproClient(this.port, this.supplierTechnical.login(), this.supplierTechnical.secret())
			.authenticate(this.client.login(), this.client.secret());
		this.commune = new CproClient(this.port, communeTechnical.login(), communeTechnical.secret())
			.authenticate(this.client.login(), this.client.secret());
	}

	@Test
	void aSupplierDepositsThroughTheApiAndSeesTheStatusItsRecipientSetsThroughTheApi() throws Exception {
		CproClient.Answer found = this.supplier.post("/cpro/transverses/v1/rechercher/destinataire",
				Map.of("identifiant", DEMOVILLE));
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.text("/listeDestinataires/0/nomDestinataire")).isEqualTo("COMMUNE DE DEMOVILLE");
		long recipient = found.number("/listeDestinataires/0/idStructureCPP");
		CproClient.Answer byName = this.supplier.post("/cpro/transverses/v1/rechercher/destinataire",
				Map.of("nomVilleCodePostal", "demoville", "parametresRecherche",
						Map.of("pageResultatDemandee", 2, "nbResultatsParPage", 2)));
		long total = byName.number("/parametresRetour/total");
		assertThat(total).isGreaterThan(4);
		assertThat(byName.json().get("listeDestinataires")).hasSize(2);
		assertThat(byName.number("/parametresRetour/pages")).isEqualTo((total + 1) / 2);
		assertThat(byName.number("/parametresRetour/pageCourante")).isEqualTo(2);
		CproClient.Answer services = this.supplier.post("/cpro/structures/v1/rechercher/services", Map.of("idStructure",
				recipient, "parametresRechercherServicesStructure", Map.of("nbResultatsParPage", 100)));
		assertThat(services.json().get("listeServices").findValuesAsString("codeService")).contains("ECOLES");

		byte[] invoice = TestInvoices.ubl("API-2026-001", SUPPLIER, DEMOVILLE, "ECOLES", "", "A1");
		CproClient.Answer deposit = this.supplier.post("/cpro/factures/v1/deposer/flux",
				Map.of("fichierFlux", Base64.getEncoder().encodeToString(invoice), "nomFichier", "API-2026-001.xml",
						"syntaxeFlux", "IN_DP_E1_UBL_INVOICE", "avecSignature", false));
		assertThat(deposit.status()).isEqualTo(200);
		assertThat(deposit.codeRetour()).isZero();
		String flow = deposit.text("/numeroFluxDepot");
		assertThat(flow).matches("CHO\\d{10}");
		assertThat(deposit.text("/certificatDepot/0/empreinteSha256")).hasSize(64);
		assertThat(integrated(flow).text("/etatCourantDepotFlux")).isEqualTo("IN_INTEGRE");

		CproClient.Answer mine = this.supplier.post("/cpro/factures/v1/rechercher/fournisseur",
				Map.of("numeroFluxDepot", flow));
		assertThat(mine.number("/parametresRetour/total")).isOne();
		assertThat(mine.text("/listeFactures/0/statut")).isEqualTo("MISE_A_DISPOSITION");
		long id = mine.number("/listeFactures/0/identifiantFactureCPP");
		CproClient.Answer detail = this.supplier.post("/cpro/factures/v1/consulter/fournisseur",
				Map.of("identifiantFactureCPP", id));
		assertThat(detail.text("/facture/numeroFacture")).isEqualTo("API-2026-001");
		assertThat(detail.text("/facture/destinataire/codeServiceExecutant")).isEqualTo("ECOLES");
		assertThat(detail.text("/facture/cadreDeFacturation/codeCadreFacturation")).isEqualTo("A1_FACTURE_FOURNISSEUR");

		CproClient.Answer received = this.commune.post("/cpro/factures/v1/rechercher/recipiendaire",
				Map.of("statutCourant", List.of("MISE_A_DISPOSITION")));
		assertThat(received.json().get("listeFactures").findValuesAsString("numeroFacture"))
			.containsExactly("API-2026-001");
		CproClient.Answer processed = this.commune.post("/cpro/factures/v1/traiter/recue",
				Map.of("idFacture", id, "nouveauStatut", "SERVICE_FAIT", "motif", ""));
		assertThat(processed.codeRetour()).isZero();
		assertThat(processed.text("/nouveauStatut")).isEqualTo("SERVICE_FAIT");

		CproClient.Answer history = this.supplier.post("/cpro/factures/v1/consulter/historique",
				Map.of("idFacture", id));
		assertThat(history.text("/statutCourantCode")).isEqualTo("SERVICE_FAIT");
		assertThat(history.json().at("/historiquesDesStatuts/histoStatut").findValuesAsString("histoStatutCode"))
			.containsExactly("SERVICE_FAIT", "MISE_A_DISPOSITION", "DEPOSEE");
		assertThat(this.supplier
			.post("/cpro/factures/v1/rechercher/fournisseur", Map.of("statutCourant", List.of("SERVICE_FAIT")))
			.text("/listeFactures/0/numeroFacture")).isEqualTo("API-2026-001");
	}

	@Test
	void theRequestCategoriesAndTheSubCategoriesOfOneAreListedWithTheirFrenchLabels() throws Exception {
		CproClient.Answer categories = this.supplier.post("/cpro/transverses/v1/rechercher/categorieSollicitation",
				Map.of("libelleCategorie", "structures"));
		assertThat(categories.text("/listeCategories/0/codeCategorie")).isEqualTo("STRUCTURES_UTILISATEURS");
		assertThat(categories.text("/listeCategories/0/libelleCategorie"))
			.isEqualTo("Gestion des structures et utilisateurs");
		assertThat(categories.number("/parametresRetour/total")).isEqualTo(1);
		long id = categories.number("/listeCategories/0/idTechniqueCategorie");
		CproClient.Answer subs = this.supplier.post("/cpro/transverses/v1/rechercher/sousCategorieSollicitation",
				Map.of("idTechniqueCategorie", id));
		assertThat(subs.text("/listeSousCategories/0/categorie/0/codeCategorie")).isEqualTo("STRUCTURES_UTILISATEURS");
		java.util.List<String> codes = new java.util.ArrayList<>();
		subs.json().at("/listeSousCategories/0/ssCategorie").forEach(sub -> codes.add(sub.get("code").asString()));
		assertThat(codes).contains("CREATION_STRUCTURE_PUBLIQUE", "NOMINATION_GESTIONNAIRE").doesNotContain("PAIEMENT");
	}

	@Test
	void aConnectorUploadsAFileSubmitsAnInvoiceAsDataAndFollowsItThroughItsRecipientsSuspension() throws Exception {
		CproClient.Answer structure = this.supplier.post("/cpro/structures/v1/rechercher",
				Map.of("structure", Map.of("identifiantStructure", DEMOVILLE, "typeIdentifiantStructure", "SIRET")));
		assertThat(structure.text("/listeStructures/0/designationStructure")).as(structure.json().toString())
			.isEqualTo("COMMUNE DE DEMOVILLE");
		long file = this.supplier
			.post("/cpro/transverses/v1/ajouter/fichier",
					Map.of("pieceJointeNom", "bon-de-livraison.pdf", "pieceJointeTypeMime", "application/pdf",
							"pieceJointeExtension", "PDF", "pieceJointeFichier",
							Base64.getEncoder().encodeToString(TestInvoices.pdf("Bon de livraison 12"))))
			.number("/pieceJointeId");

		CproClient.Answer submitted = this.supplier.post("/cpro/factures/v1/soumettre",
				entered("API-SAISIE-1",
						Map.of("pieceJointeComplementaire", List.of(Map.of("pieceJointeComplementaireId", file,
								"pieceJointeComplementaireDesignation", "Bon de livraison")))));
		assertThat(submitted.status()).as(submitted.json().toString()).isEqualTo(200);
		assertThat(submitted.text("/statutFacture")).isEqualTo("DEPOSEE");
		assertThat(submitted.text("/numeroFacture")).isEqualTo("API-SAISIE-1");
		long id = submitted.number("/identifiantFactureCPP");

		CproClient.Answer detail = integrated(id);
		assertThat(detail.text("/facture/statutFacture")).isEqualTo("MISE_A_DISPOSITION");
		assertThat(detail.json().at("/facture/montantTotal/montantTtcTotal").decimalValue()).isEqualByComparingTo("54");
		assertThat(detail.text("/facture/lignesDePoste/lignePoste/0/lignePosteDenomination")).isEqualTo("Ramettes A4");
		assertThat(detail.json()
			.at("/facture/listeDesPiecesJointes/pieceJointe")
			.findValuesAsString("pieceJointeDesignation")).contains("bon-de-livraison.pdf");

		CproClient.Answer suspended = this.commune.post("/cpro/factures/v1/traiter/recue",
				Map.of("idFacture", id, "nouveauStatut", "SUSPENDUE", "motif", "Bon de commande manquant"));
		assertThat(suspended.text("/nouveauStatut")).isEqualTo("SUSPENDUE");
		assertThat(this.supplier.post("/cpro/factures/v1/consulter/fournisseur", Map.of("identifiantFactureCPP", id))
			.text("/facture/statutFacture")).isEqualTo("SUSPENDUE");
		long order = this.supplier
			.post("/cpro/transverses/v1/ajouter/fichier",
					Map.of("pieceJointeNom", "bon-de-commande.pdf", "pieceJointeFichier",
							Base64.getEncoder().encodeToString(TestInvoices.pdf("Bon de commande 7"))))
			.number("/pieceJointeId");
		CproClient.Answer completed = this.supplier.post("/cpro/factures/v1/completer",
				Map.of("identifiantFactureCPP", id, "commentaire", "Voici le bon de commande",
						"pieceJointeComplementaire", List.of(Map.of("pieceJointeComplementaireId", order))));
		assertThat(completed.codeRetour()).isZero();
		assertThat(this.commune
			.post("/cpro/factures/v1/rechercher/recipiendaire", Map.of("statutCourant", List.of("COMPLETEE")))
			.text("/listeFactures/0/numeroFacture")).isEqualTo("API-SAISIE-1");
	}

	@Test
	void aPlainPdfIsSubmittedWithItsDataAndAnInvoiceTheDirectoryRefusesComesBackWithItsReasons() throws Exception {
		long pdf = this.supplier
			.post("/cpro/transverses/v1/ajouter/fichier",
					Map.of("pieceJointeNom", "facture-PDF-1.pdf", "pieceJointeFichier",
							Base64.getEncoder().encodeToString(TestInvoices.pdf("Facture PDF-1", "Total 120,00 EUR"))))
			.number("/pieceJointeId");
		CproClient.Answer submitted = this.supplier.post("/cpro/factures/v1/soumettre", Map.of("modeDepot",
				"DEPOT_PDF_API", "numeroFactureSaisi", "PDF-1", "dateFacture", "2026-11-02", "cadreDeFacturation",
				Map.of("codeCadreFacturation", "A1_FACTURE_FOURNISSEUR"), "destinataire",
				Map.of("codeDestinataire", DEMOVILLE, "codeServiceExecutant", "ECOLES"), "references",
				Map.of("deviseFacture", "EUR", "typeFacture", "FACTURE"), "montantTotal",
				Map.of("montantHtTotal", 100, "montantTVA", 20, "montantTtcTotal", 120, "montantAPayer", 120),
				"pieceJointePrincipale",
				List.of(Map.of("pieceJointePrincipaleId", pdf, "pieceJointePrincipaleDesignation", "Facture"))));
		assertThat(submitted.status()).as(submitted.json().toString()).isEqualTo(200);
		assertThat(submitted.text("/statutFacture")).isEqualTo("MISE_A_DISPOSITION");

		CproClient.Answer incomplete = this.supplier.post("/cpro/factures/v1/soumettre", entered("", Map.of()));
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.text("/champ")).isEqualTo("numeroFactureSaisi");

		Map<String, Object> unknownService = new java.util.HashMap<>(entered("API-SAISIE-2", Map.of()));
		unknownService.put("destinataire", Map.of("codeDestinataire", DEMOVILLE, "codeServiceExecutant", "INCONNU"));
		CproClient.Answer rejected = this.supplier.post("/cpro/factures/v1/soumettre", unknownService);
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.codeRetour()).isEqualTo(40);
		assertThat(rejected.text("/listeErreurDP/0/libelleErreurDP")).contains("INCONNU");
	}

	@Test
	void aPdfSentForReadingComesBackAsTheSubmissionToCompleteAndSendsAsIs() throws Exception {
		byte[] pdf = TestInvoices.pdf("PAPETERIE TEST - SIRET 409 999 000 00014", "Facture n° PDF-LU-1",
				"Date : 02/11/2026", "Destinataire : COMMUNE DE DEMOVILLE, SIRET 219 999 000 00017",
				"Code service : ECOLES", "Total HT 1 000,00 EUR", "Total TVA 200,00 EUR", "Total TTC 1 200,00 EUR",
				"Net a payer 1 200,00 EUR");
		CproClient.Answer read = this.supplier.post("/cpro/factures/v1/deposer/pdf", Map.of("fichierFacture",
				Base64.getEncoder().encodeToString(pdf), "nomFichier", "PDF-LU-1.pdf", "formatDepot", "PDF_NON_SIGNE"));
		assertThat(read.status()).as(read.json().toString()).isEqualTo(200);
		assertThat(read.text("/numeroFactureSaisi")).isEqualTo("PDF-LU-1");
		assertThat(read.text("/destinataire/codeDestinataire")).isEqualTo(DEMOVILLE);
		assertThat(read.text("/destinataire/codeServiceExecutant")).isEqualTo("ECOLES");
		assertThat(read.json().at("/montantTotal/montantTtcTotal").decimalValue()).isEqualByComparingTo("1200");

		tools.jackson.databind.node.ObjectNode submission = (tools.jackson.databind.node.ObjectNode) read.json();
		submission.remove(List.of("codeRetour", "libelle"));
		CproClient.Answer submitted = this.supplier.post("/cpro/factures/v1/soumettre", submission.toString(),
				Map.of());
		assertThat(submitted.status()).as(submitted.json().toString()).isEqualTo(200);
		assertThat(submitted.text("/statutFacture")).isEqualTo("MISE_A_DISPOSITION");

		CproClient.Answer facturX = this.supplier.post("/cpro/factures/v1/deposer/pdf",
				Map.of("fichierFacture",
						Base64.getEncoder().encodeToString(org.chorale.invoice.format.FacturXWriterTests.sample()),
						"nomFichier", "fx.pdf"));
		assertThat(facturX.status()).isEqualTo(400);
		assertThat(facturX.libelle()).contains("Factur-X", "deposerFluxFacture");
	}

	/**
	 * The supplier's view of an invoice submitted as data, once the worker integrated it.
	 */
	private CproClient.Answer integrated(long id) throws Exception {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		CproClient.Answer detail;
		do {
			Thread.sleep(100);
			detail = this.supplier.post("/cpro/factures/v1/consulter/fournisseur", Map.of("identifiantFactureCPP", id));
		}
		while (detail.status() != 200 && System.nanoTime() < deadline);
		assertThat(detail.status()).as(detail.json().toString()).isEqualTo(200);
		return detail;
	}

	/**
	 * soumettreFacture's body for one line of 10 reams at 4.50 € + 20 % VAT, and more.
	 */
	private static Map<String, Object> entered(String number, Map<String, Object> more) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("modeDepot", "SAISIE_API", "numeroFactureSaisi",
				number, "dateFacture", "2026-11-02T00:00:00Z", "dateEcheancePaiement", "2026-12-02",
				"cadreDeFacturation", Map.of("codeCadreFacturation", "A1_FACTURE_FOURNISSEUR"), "destinataire",
				Map.of("codeDestinataire", DEMOVILLE, "codeServiceExecutant", "ECOLES"), "fournisseur",
				Map.of("iban", "FR7630006000011234567890189"), "references",
				Map.of("deviseFacture", "EUR", "typeFacture", "FACTURE", "typeTva", "TVA_SUR_DEBIT", "modePaiement",
						"VIREMENT"),
				"lignePoste",
				List.of(Map.of("lignePosteNumero", 1, "lignePosteDenomination", "Ramettes A4", "lignePosteQuantite", 10,
						"lignePosteUnite", "C62", "lignePosteMontantUnitaireHT", 4.5, "lignePosteTauxTvaManuel", 20))));
		body.putAll(more);
		return body;
	}

	@Test
	void eventsReachTheFeedUntilAcknowledgedAndTheWebhookSignedAndRetriedUntilItAnswers() throws Exception {
		List<String[]> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
		com.sun.net.httpserver.HttpServer hook = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("localhost", 0), 0);
		hook.createContext("/hook", exchange -> {
			calls.add(new String[] { exchange.getRequestHeaders().getFirst("X-Chorale-Timestamp"),
					exchange.getRequestHeaders().getFirst("X-Chorale-Signature"),
					new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) });
			exchange.sendResponseHeaders((calls.size() == 1) ? 500 : 204, -1);
			exchange.close();
		});
		hook.start();
		try {
			Connections.Credentials webhook = this.connections.addWebhook(this.supplierManagerId, this.supplierId,
					"http://localhost:" + hook.getAddress().getPort() + "/hook");
			long id = integratedThroughTheApi("API-EVT-1");
			this.commune.post("/cpro/factures/v1/traiter/recue",
					Map.of("idFacture", id, "nouveauStatut", "SERVICE_FAIT"));

			CproClient.Answer received = this.commune.post("/cpro/evenements/v1/rechercher", Map.of());
			assertThat(received.json().get("listeEvenements").findValuesAsString("typeEvenement"))
				.containsExactly("FACTURE_RECUE", "CHANGEMENT_STATUT");
			CproClient.Answer feed = this.supplier.post("/cpro/evenements/v1/rechercher", Map.of());
			assertThat(feed.text("/listeEvenements/0/statut")).isEqualTo("SERVICE_FAIT");
			assertThat(feed.number("/listeEvenements/0/identifiantFactureCPP")).isEqualTo(id);
			assertThat(this.supplier
				.post("/cpro/evenements/v1/acquitter",
						Map.of("listeIdEvenement", List.of(feed.number("/listeEvenements/0/idEvenement"))))
				.number("/nbAcquittes")).isOne();
			assertThat(this.supplier.post("/cpro/evenements/v1/rechercher", Map.of()).number("/nbEvenementsEnAttente"))
				.isZero();

			Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
			while (calls.size() < 2 && Instant.now().isBefore(deadline)) {
				this.jdbc.sql("update api_delivery set next_attempt_at = now() where delivered_at is null").update();
				this.webhooks.deliver();
				Thread.sleep(50);
			}
			assertThat(calls).hasSize(2);
			String[] delivered = calls.get(1);
			assertThat(delivered[2]).contains("\"statut\":\"SERVICE_FAIT\"", "API-EVT-1");
			assertThat(delivered[1])
				.isEqualTo("sha256=" + Webhooks.sign(webhook.secret(), delivered[0] + "." + delivered[2]));
			assertThat(this.jdbc.sql("select attempts || ' ' || (delivered_at is not null) from api_delivery")
				.query(String.class)
				.single()).isEqualTo("2 true");
		}
		finally {
			hook.stop(0);
		}
	}

	@Test
	void aRetriedDepositWithTheSameIdempotencyKeyGetsTheFirstAnswerAndMakesNoSecondDeposit() throws Exception {
		String body = "{\"fichierFlux\":\""
				+ Base64.getEncoder()
					.encodeToString(TestInvoices.ubl("API-IDEM-1", SUPPLIER, DEMOVILLE, "ECOLES", "", "A1"))
				+ "\",\"nomFichier\":\"f.xml\",\"syntaxeFlux\":\"IN_DP_E1_UBL_INVOICE\"}";
		Map<String, String> key = Map.of("Idempotency-Key", "commande-42");
		CproClient.Answer first = this.supplier.post("/cpro/factures/v1/deposer/flux", body, key);
		CproClient.Answer retried = this.supplier.post("/cpro/factures/v1/deposer/flux", body, key);

		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.text("/numeroFluxDepot")).isEqualTo(first.text("/numeroFluxDepot"));
		assertThat(this.jdbc.sql("select count(*) from deposit").query(Long.class).single()).isOne();
		CproClient.Answer reused = this.supplier.post("/cpro/factures/v1/deposer/flux", body.replace("f.xml", "g.xml"),
				key);
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.libelle()).contains("commande-42");
		integrated(first.text("/numeroFluxDepot"));
	}

	@Test
	void eachMissingOrWrongCredentialIsRefusedWithItsReasonInFrenchAndEnglish() throws Exception {
		CproClient noToken = new CproClient(this.port, this.supplierTechnical.login(), this.supplierTechnical.secret());
		CproClient.Answer refused = noToken.post("/cpro/transverses/v1/recuperer/formatflux", Map.of());
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.codeRetour()).isEqualTo(10);
		assertThat(refused.libelle()).contains("Jeton d'accès absent");
		assertThat(refused.text("/message")).contains("No access token");

		assertThat(noToken.token(this.client.login(), "mauvais secret").status()).isEqualTo(401);
		assertThat(noToken.token(this.client.login(), "mauvais secret").text("/error")).isEqualTo("invalid_client");

		CproClient wrongPassword = new CproClient(this.port, this.supplierTechnical.login(), "mauvais")
			.authenticate(this.client.login(), this.client.secret());
		CproClient.Answer wrong = wrongPassword.post("/cpro/transverses/v1/recuperer/formatflux", Map.of());
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.libelle()).contains("mot de passe d'utilisateur technique erroné");

		this.jdbc.sql("update technical_account set expires_at = now() - interval '1 day'").update();
		CproClient expired = new CproClient(this.port, this.supplierTechnical.login(), this.supplierTechnical.secret())
			.authenticate(this.client.login(), this.client.secret());
		assertThat(expired.post("/cpro/transverses/v1/recuperer/formatflux", Map.of()).libelle()).contains("expiré");
	}

	@Test
	void malformedRequestsAreAnswered400WithTheFieldAtFaultAndNeverAStackTrace() throws Exception {
		CproClient.Answer notJson = this.supplier.post("/cpro/factures/v1/consulter/fournisseur", "{pas du json",
				Map.of());
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.codeRetour()).isEqualTo(20);

		CproClient.Answer wrongType = this.supplier.post("/cpro/factures/v1/consulter/fournisseur",
				"{\"identifiantFactureCPP\": \"douze\"}", Map.of());
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.libelle()).contains("identifiantFactureCPP");

		CproClient.Answer notBase64 = this.supplier.post("/cpro/factures/v1/deposer/flux", Map.of("fichierFlux",
				"ceci n'est pas du base64 !", "nomFichier", "f.xml", "syntaxeFlux", "IN_DP_E1_UBL_INVOICE"));
		assertThat(notBase64.status()).isEqualTo(400);
		assertThat(notBase64.libelle()).contains("fichierFlux").contains("base64");

		CproClient.Answer unknown = this.supplier.post("/cpro/factures/v1/inventee", Map.of());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.codeRetour()).isEqualTo(30);
		assertThat(unknown.json().toString()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void aTechnicalUserSeesOnlyWhatItsStructureMaySee() throws Exception {
		long id = integratedThroughTheApi("API-ACCES-1");
		CproClient.Answer asRecipient = this.supplier.post("/cpro/factures/v1/consulter/recipiendaire",
				Map.of("identifiantFactureCPP", id));
		assertThat(asRecipient.status()).isEqualTo(404);
		assertThat(asRecipient.libelle()).contains("inconnue ou non accessible");
		CproClient.Answer asSupplier = this.commune.post("/cpro/factures/v1/rechercher/fournisseur", Map.of());
		assertThat(asSupplier.status()).isEqualTo(403);
		assertThat(asSupplier.codeRetour()).isEqualTo(11);
		CproClient.Answer wrongMove = this.commune.post("/cpro/factures/v1/traiter/recue",
				Map.of("idFacture", id, "nouveauStatut", "MISE_EN_PAIEMENT_INVENTEE"));
		assertThat(wrongMove.status()).isEqualTo(400);
		CproClient.Answer reasonMissing = this.commune.post("/cpro/factures/v1/traiter/recue",
				Map.of("idFacture", id, "nouveauStatut", "REJETEE"));
		assertThat(reasonMissing.status()).isEqualTo(400);
		assertThat(reasonMissing.codeRetour()).isEqualTo(40);
		assertThat(reasonMissing.text("/message")).isNotBlank();
	}

	@Test
	void theOpenApiDescriptionNamesEachOperationAsChorusProDoesAndSwaggerUiBrowsesIt() throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
			.followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
			.build();
		java.net.http.HttpResponse<String> description = http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/openapi"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(description.statusCode()).isEqualTo(200);
		tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(description.body());
		assertThat(json.at("/paths/~1cpro~1factures~1v1~1soumettre/post/operationId").asString())
			.isEqualTo("soumettreFacture");
		assertThat(json.at("/paths/~1cpro~1factures~1v1~1rechercher~1fournisseur/post/operationId").asString())
			.isEqualTo("rechercherFactureParFournisseur");
		assertThat(json.at("/paths/~1cpro~1transverses~1v1~1consulterCRDetaille/post/operationId").asString())
			.isEqualTo("consulterCRDetaille");
		assertThat(json.at("/paths/~1api~1oauth~1token/post").isMissingNode()).isFalse();
		assertThat(json.at("/components/securitySchemes/cpro-account/name").asString()).isEqualTo("cpro-account");
		assertThat(json.at("/components/schemas").toString()).contains("numeroFactureSaisi", "lignePosteQuantite",
				"pageResultatDemandee");
		assertThat(json.at("/paths").toString()).doesNotContain("/structures/{id}", "/cpro/**");

		java.net.http.HttpResponse<String> ui = http.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/docs"))
					.build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
	}

	@Test
	void searchesArePagedAndSortedAsAskedAndAnUnknownColumnIsNamed() throws Exception {
		long first = integratedThroughTheApi("API-TRI-1");
		long second = integratedThroughTheApi("API-TRI-2");
		CproClient.Answer ascending = this.supplier.post("/cpro/factures/v1/rechercher/fournisseur",
				Map.of("rechercheFactureParFournisseur", Map.of("pageResultatDemandee", 1, "nbResultatsParPage", 1,
						"triColonne", "identifiantFactureCPP", "triSens", "Ascendant")));
		assertThat(ascending.number("/listeFactures/0/identifiantFactureCPP")).isEqualTo(first);
		assertThat(ascending.number("/parametresRetour/pages")).isEqualTo(2);
		CproClient.Answer newest = this.supplier.post("/cpro/factures/v1/rechercher/fournisseur", Map.of());
		assertThat(newest.number("/listeFactures/0/identifiantFactureCPP")).isEqualTo(second);
		CproClient.Answer unknown = this.supplier.post("/cpro/factures/v1/rechercher/fournisseur",
				Map.of("rechercheFactureParFournisseur", Map.of("triColonne", "couleur")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.libelle()).contains("couleur", "dateFacture");
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("POST /cpro/factures/v1/deposer/flux HTTP/1.1\r\nHost: localhost\r\n"
						+ "Connection: close\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n{")
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			StringBuilder answer = new StringBuilder();
			byte[] buffer = new byte[4096];
			while (answer.indexOf("}") < 0) {
				int read = socket.getInputStream().read(buffer);
				if (read < 0) {
					break;
				}
				answer.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(answer.toString()).startsWith("HTTP/1.1 400").contains("\"codeRetour\":20", "20 Mo");
		}
	}

	@Test
	void aChunkedBodyIsReadNoFurtherThanTheLimit() throws Exception {
		byte[] head = "{\"nomFichier\":\"f.xml\",\"syntaxeFlux\":\"IN_DP_E1_UBL_INVOICE\",\"fichierFlux\":\""
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		java.io.InputStream body = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head),
				new java.io.InputStream() {

					// a little over the limit: Tomcat then reads the rest before closing
					// (it gives up
					// past 2 MB, resetting the connection, and the client may lose the
					// answer)
					private long left = 21L * 1024 * 1024;

					@Override
					public int read() {
						return (this.left-- > 0) ? 'A' : -1;
					}

				});
		java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/cpro/factures/v1/deposer/flux"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + this.supplier.token())
				.header("cpro-account", this.supplier.account())
				.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("\"codeRetour\":20", "20 Mo");
		assertThat(this.jdbc.sql("select count(*) from deposit").query(Long.class).single()).isZero();
	}

	@Test
	void callsBeyondTheRateAreAnswered429WithRetryAfter() throws Exception {
		CproClient.Answer last = null;
		for (int i = 0; i < 200 && (last == null || last.status() == 200); i++) {
			last = this.supplier.get("/cpro/transverses/v1/health-check");
		}
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.retryAfter()).isNotBlank();
		assertThat(last.codeRetour()).isEqualTo(12);
	}

	private long integratedThroughTheApi(String number) throws Exception {
		String flow = this.supplier
			.post("/cpro/factures/v1/deposer/flux",
					Map.of("fichierFlux",
							Base64.getEncoder()
								.encodeToString(TestInvoices.ubl(number, SUPPLIER, DEMOVILLE, "ECOLES", "", "A1")),
							"nomFichier", number + ".xml", "syntaxeFlux", "IN_DP_E1_UBL_INVOICE"))
			.text("/numeroFluxDepot");
		integrated(flow);
		return this.supplier.post("/cpro/factures/v1/rechercher/fournisseur", Map.of("numeroFluxDepot", flow))
			.number("/listeFactures/0/identifiantFactureCPP");
	}

	/** No account, structure or invoice; the demo directory's featured recipients. */
	static void emptyPlatform(ApplicationContext context) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		TestPeople.none(jdbc);
		TestPeople.empty(jdbc, "TRUNCATE deposit_file, deposit, invoice_draft, invoice_count CASCADE");
		TestDirectory.featured(jdbc, context.getBean(DirectoryAdministration.class));
	}

	/** consulterCRDetaille once the flow is processed; fails after a minute. */
	private CproClient.Answer integrated(String flow) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			CproClient.Answer report = this.supplier.post("/cpro/transverses/v1/consulterCRDetaille",
					Map.of("numeroFluxDepot", flow));
			if (!List.of("IN_RECU", "IN_EN_COURS_TRAITEMENT").contains(report.text("/etatCourantDepotFlux"))) {
				return report;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Flow " + flow + " not processed after 60 s");
	}

}
