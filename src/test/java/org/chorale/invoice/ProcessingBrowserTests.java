package org.chorale.invoice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import org.chorale.Browser;
import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoices seen from both sides in Chromium, each story with its screenshots under
 * target/screenshots/: the commune suspends an invoice with a reason, the supplier
 * acknowledges it at sign-in and completes it with a document, the commune then sets
 * service fait, mandatée and mise en paiement (processing/); an invoice to recycle goes
 * to its right recipient and a rejection is acknowledged at sign-in (returns/); a main
 * contractor validates a subcontractor's invoice and silence approves another
 * (validation/).
 */
@ChoraleTest
class ProcessingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	InvoiceProcessing processing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInvoiceIsSuspendedCompletedThenDoneMandatedAndPaid() throws Exception {
		TestInvoices.Supplier supplier = TestInvoices.supplier(this.context, "fournisseur");
		String mayor = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret(DepositTests.DEMOVILLE),
				"COMMUNE DE DEMOVILLE", mayor, EnumSet.of(WorkArea.FACTURES_RECUES));
		TestInvoices.integrated(this.context, supplier, "F-2026-601");

		try (Browser browser = new Browser(this.port, "processing")) {
			browser.open("/connexion")
				.type("email", mayor)
				.type("password", TestStructures.PASSWORD)
				.press("Se connecter");
			browser.open("/structures/" + commune.value());
			assertThat(browser.text()).contains("Factures reçues");
			browser.open("/structures/" + commune.value() + "/factures-recues").screenshot("received");
			assertThat(browser.text()).contains("F-2026-601", "PAPETERIE TEST", "Mise à disposition : 1");
			browser.openLink("F-2026-601").screenshot("invoice");
			assertThat(browser.text()).contains("Ramettes de papier A4", "Cycle de vie : 203 Mise à disposition",
					"200 Déposée");
			browser.select("new-status", "SUSPENDUE")
				.type("comment", "Joindre le bon de livraison signé.")
				.press("Enregistrer le traitement");
			assertThat(browser.text()).contains("Statut « Suspendue » enregistré.", "208 Suspendue",
					"Joindre le bon de livraison signé.");
			browser.screenshot("suspended").press("Se déconnecter");

			signIn(browser, supplier.manager());
			assertThat(browser.path()).isEqualTo("/acquittements");
			assertThat(browser.text()).contains("Factures à acquitter", "F-2026-601",
					"Joindre le bon de livraison signé.");
			browser.screenshot("acknowledgement-window").press("Tout acquitter et fermer");
			browser.open("/structures/" + supplier.id().value() + "/factures-emises");
			browser.waitForText("Suspendue : 1", Duration.ofSeconds(5)).screenshot("issued");
			browser.openLink("F-2026-601");
			assertThat(browser.text()).contains("208 Suspendue", "Joindre le bon de livraison signé.");
			browser.upload("attachments", signedNote())
				.type("complete-comment", "Voici le bon signé.")
				.screenshot("completing")
				.press("Compléter et renvoyer");
			assertThat(browser.text()).contains("209 Complétée", "bon-signe.pdf");
			browser.press("Se déconnecter");

			signIn(browser, mayor);
			browser.open("/structures/" + commune.value() + "/factures-recues").openLink("F-2026-601");
			assertThat(browser.text()).contains("209 Complétée", "Voici le bon signé.", "bon-signe.pdf");
			browser.select("new-status", "SERVICE_FAIT").press("Enregistrer le traitement");
			browser.select("new-status", "MANDATEE")
				.type("mandateNumber", "M-2026-0042")
				.press("Enregistrer le traitement");
			browser.select("new-status", "MISE_EN_PAIEMENT").press("Enregistrer le traitement");
			assertThat(browser.text()).contains("211 Paiement transmis", "(mandat M-2026-0042)", "205 Approuvée");
			assertThat(browser.present("new-status")).isFalse();
			browser.screenshot("paid").press("Se déconnecter");

			signIn(browser, supplier.manager());
			browser.open("/structures/" + supplier.id().value() + "/factures-emises");
			assertThat(browser.text()).contains("Mise en paiement : 1");
			browser.screenshot("issued-paid");
		}
	}

	@Test
	void anInvoiceToRecycleGoesToItsRightRecipientAndARejectionIsAcknowledgedAtSignIn() throws Exception {
		TestInvoices.Supplier supplier = TestInvoices.supplier(this.context, "fournisseur");
		String mayor = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret(DepositTests.DEMOVILLE),
				"COMMUNE DE DEMOVILLE", mayor, EnumSet.of(WorkArea.FACTURES_RECUES));
		deposit(supplier, "F-2026-611", "A1", Optional.empty());
		deposit(supplier, "F-2026-612", "A1", Optional.empty());
		try (Browser browser = new Browser(this.port, "returns")) {
			signIn(browser, mayor);
			String received = "/structures/" + commune.value() + "/factures-recues";
			browser.open(received).openLink("F-2026-611");
			browser.select("new-status", "A_RECYCLER")
				.type("comment", "Facture destinée au centre hospitalier.")
				.press("Enregistrer le traitement");
			browser.open(received).openLink("F-2026-612");
			browser.select("new-status", "REJETEE").type("comment", "Mauvais cadre de facturation.");
			browser.press("Enregistrer le traitement").screenshot("rejected").press("Se déconnecter");

			signIn(browser, supplier.manager());
			assertThat(browser.path()).isEqualTo("/acquittements");
			assertThat(browser.text()).contains("F-2026-612", "Mauvais cadre de facturation.")
				.doesNotContain("F-2026-611");
			browser.screenshot("acknowledgement-window").press("Tout acquitter et fermer");
			assertThat(browser.path()).isNotEqualTo("/acquittements");
			browser.open("/structures/" + supplier.id().value() + "/factures-emises").openLink("F-2026-611");
			assertThat(browser.text()).contains("221 Erreur de routage", "Facture destinée au centre hospitalier.");
			browser.type("recipientSiret", ReturnsTests.HOSPITAL)
				.type("serviceCode", "")
				.type("commitmentNumber", "EJ-2026-42")
				.screenshot("recycling")
				.press("Recycler et renvoyer");
			assertThat(browser.text()).contains("CENTRE HOSPITALIER DE DEMOVILLE", "203 Mise à disposition");
			browser.screenshot("recycled");
		}
	}

	@Test
	void theMainContractorValidatesASubcontractorsInvoiceAndSilenceApprovesAnother() throws Exception {
		TestInvoices.Supplier subcontractor = TestInvoices.supplier(this.context, "sous-traitant");
		String contractorManager = TestPeople.email("titulaire");
		StructureId contractor = TestStructures.company(this.context, new Siret(ValidationCircuitTests.MAIN_CONTRACTOR),
				"TITULAIRE BTP", contractorManager, EnumSet.of(WorkArea.FACTURES_EMISES, WorkArea.FACTURES_A_VALIDER));
		String mayor = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret(DepositTests.DEMOVILLE),
				"COMMUNE DE DEMOVILLE", mayor, EnumSet.of(WorkArea.FACTURES_RECUES));
		Optional<Siret> validator = Optional.of(new Siret(ValidationCircuitTests.MAIN_CONTRACTOR));
		deposit(subcontractor, "ST-2026-621", "A9", validator);
		long silent = deposit(subcontractor, "ST-2026-622", "A9", validator);
		try (Browser browser = new Browser(this.port, "validation")) {
			signIn(browser, contractorManager);
			browser.open("/structures/" + contractor.value());
			assertThat(browser.text()).contains("Factures à valider");
			browser.open("/structures/" + contractor.value() + "/factures-a-valider").screenshot("to-validate");
			assertThat(browser.text()).contains("ST-2026-621", "ST-2026-622", "À valider : 2");
			browser.openLink("ST-2026-621").select("new-status", "VALIDEE_1").press("Enregistrer le traitement");
			assertThat(browser.text()).contains("Validée", "203 Mise à disposition");
			browser.screenshot("validated").press("Se déconnecter");

			this.jdbc.sql("update invoice set status_at = status_at - interval '16 days' where id = :id")
				.param("id", silent)
				.update();
			this.processing.approveTacitly();

			signIn(browser, mayor);
			browser.open("/structures/" + commune.value() + "/factures-recues");
			assertThat(browser.text()).contains("ST-2026-621", "ST-2026-622", "Mise à disposition : 2");
			browser.openLink("ST-2026-622");
			assertThat(browser.text()).contains("Validée tacitement (sans réponse sous 15 jours)");
			browser.screenshot("tacitly-approved");
		}
	}

	private long deposit(TestInvoices.Supplier supplier, String number, String cadre, Optional<Siret> validator)
			throws InterruptedException {
		return TestInvoices.integrated(this.context, supplier, number, cadre, validator);
	}

	private static void signIn(Browser browser, String email) {
		browser.open("/connexion").type("email", email).type("password", TestStructures.PASSWORD).press("Se connecter");
	}

	private static Path signedNote() throws IOException {
		Path note = Files.createTempDirectory("processing").resolve("bon-signe.pdf");
		Files.writeString(note, "%PDF-1.4\n% bon signé\n");
		return note;
	}

}
