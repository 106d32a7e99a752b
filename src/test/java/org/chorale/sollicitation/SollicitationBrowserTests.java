package org.chorale.sollicitation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import org.chorale.Browser;
import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.invoice.TestInvoices;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request in Chromium, screenshots under target/screenshots/sollicitation/: the
 * supplier asks the commune about an invoice from the invoice's page, with a file; the
 * commune takes it in hand and answers; the supplier reads the answer and closes it.
 */
@ChoraleTest
class SollicitationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aSupplierAsksAboutAnInvoiceTheCommuneAnswersAndTheSupplierReadsTheAnswer() throws Exception {
		TestInvoices.Supplier supplier = TestInvoices.supplier(this.context, "fournisseur");
		String mayor = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret(SollicitationStoryTests.DEMOVILLE),
				"COMMUNE DE DEMOVILLE", mayor, EnumSet.of(WorkArea.FACTURES_RECUES, WorkArea.SOLLICITATIONS_RECUES));
		TestInvoices.integrated(this.context, supplier, "F-2026-951");
		Path delivery = Files.createTempDirectory("sollicitation").resolve("bon-livraison.pdf");
		Files.writeString(delivery, "%PDF-1.4\n% bon de livraison\n");

		try (Browser browser = new Browser(this.port, "sollicitation")) {
			signIn(browser, supplier.manager());
			browser.open("/structures/" + supplier.id().value() + "/factures-emises").openLink("F-2026-951");
			browser.openLink("Poser une question au destinataire sur cette facture (sollicitation)");
			assertThat(browser.value("invoiceNumbers")).isEqualTo("F-2026-951");
			assertThat(browser.value("recipientSiret")).isEqualTo(SollicitationStoryTests.DEMOVILLE);
			browser.type("subject", "Facture F-2026-951 non réglée")
				.type("message", "Bonjour, la facture est échue. Le bon de livraison signé est joint.")
				.upload("files", delivery)
				.screenshot("new")
				.press("Envoyer la sollicitation");
			assertThat(browser.text()).containsPattern("Sollicitation SOL\\d{10} envoyée\\.")
				.contains("COMMUNE DE DEMOVILLE", "Envoyée", "bon-livraison.pdf");
			browser.screenshot("sent").press("Se déconnecter");

			signIn(browser, mayor);
			browser.open("/structures/" + commune.value()).openLink("Sollicitations reçues");
			assertThat(browser.text()).contains("Facture F-2026-951 non réglée", "PAPETERIE TEST", "Envoyée");
			browser.screenshot("received").openLink(browser.linkStartingWith("SOL"));
			browser.press("Prendre en charge");
			assertThat(browser.text()).contains("Vous avez pris la sollicitation en charge.", "En cours de traitement");
			browser.type("reply", "Le mandat est parti ce matin ; paiement sous 5 jours.").press("Envoyer le message");
			assertThat(browser.text()).contains("Message envoyé.", "Répondue");
			browser.screenshot("answered").press("Se déconnecter");

			signIn(browser, supplier.manager());
			browser.open("/structures/" + supplier.id().value()).openLink("Sollicitations émises");
			assertThat(browser.text()).contains("Facture F-2026-951 non réglée", "Répondue");
			browser.openLink(browser.linkStartingWith("SOL"));
			assertThat(browser.text()).contains("Le mandat est parti ce matin ; paiement sous 5 jours.",
					"Prise en charge par");
			browser.press("Clôturer la sollicitation");
			assertThat(browser.text()).contains("Sollicitation clôturée.", "Clôturée");
			assertThat(browser.present("reply")).isFalse();
			browser.screenshot("closed");
		}
	}

	private static void signIn(Browser browser, String email) {
		browser.open("/connexion").type("email", email).type("password", TestStructures.PASSWORD).press("Se connecter");
	}

}
