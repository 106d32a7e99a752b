package org.chorale.invoice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.chorale.Browser;
import org.chorale.ChoraleTest;
import org.chorale.structure.TestStructures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Saisir une facture" in real Chromium, through the form as the page renders it: two
 * lines, a draft saved, "Valider et envoyer", the confirmation, then the deposit's
 * report. Screenshots under target/screenshots/entry/.
 */
@ChoraleTest
class EntryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aSupplierEntersAnInvoiceChecksItsTotalsAndSendsIt() throws Exception {
		TestInvoices.Supplier fixture = TestInvoices.supplier(this.context, "saisie");
		String manager = fixture.manager();
		long supplier = fixture.id().value();
		Path deliveryNote = Files.createTempDirectory("entry").resolve("bon-de-livraison.pdf");
		Files.writeString(deliveryNote, "%PDF-1.4\n% bon de livraison\n");
		try (Browser browser = new Browser(this.port, "entry")) {
			browser.open("/connexion")
				.type("email", manager)
				.type("password", TestStructures.PASSWORD)
				.press("Se connecter");
			browser.open("/structures/" + supplier + "/factures/saisie")
				.type("recipientQuery", "commune demoville")
				.waitForText("SIRET 21999900000017", Duration.ofSeconds(10))
				.screenshot("recipient-search")
				.clickButton("Choisir")
				.waitForText("Ses services actifs", Duration.ofSeconds(10));
			assertThat(browser.value("recipientSiret")).isEqualTo("21999900000017");
			assertThat(browser.text()).contains("ECOLES");
			browser.type("serviceCode", "ecoles")
				.type("number", "F-2026-200")
				.type("iban", "FR76 3000 6000 0112 3456 7890 189")
				.type("lines0.description", "Ramettes A4")
				.type("lines0.quantity", "12")
				.type("lines0.unitPrice", "4.99")
				.press("Ajouter une ligne")
				.type("lines1.description", "Manuels scolaires")
				.type("lines1.quantity", "25")
				.type("lines1.unitPrice", "42.10")
				.type("lines1.allowance", "20")
				.type("lines1.rate", "5.5")
				.upload("attachments", deliveryNote)
				.screenshot("form")
				.press("Enregistrer le brouillon");
			assertThat(browser.text()).contains("Brouillon enregistré.", "F-2026-200", "bon-de-livraison.pdf");
			browser.press("Valider et envoyer");
			assertThat(browser.text()).contains("Facture n° F-2026-200 à COMMUNE DE DEMOVILLE", "1161.15 EUR",
					"elle sera acceptée");
			browser.screenshot("confirmation").press("Confirmer l'envoi");
			browser.waitForText("1 intégrée(s), 0 rejetée(s), sur 1 fichier(s)", Duration.ofSeconds(30));
			assertThat(browser.text()).contains("Certificat de dépôt", "F-2026-200.pdf",
					"Pièce jointe : bon-de-livraison.pdf");
			browser.screenshot("deposited");
		}
	}

}
