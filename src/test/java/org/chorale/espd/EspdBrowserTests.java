package org.chorale.espd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import org.chorale.Browser;
import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.shared.Siret;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ESPD in Chromium, screenshots under target/screenshots/espd/: a supplier imports a
 * buyer's request, declares a conviction with its date, fills in Part VI and downloads
 * the XML (a new version each time) and the PDF.
 */
@ChoraleTest
class EspdBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupplierImportsARequestAnswersItAndDownloadsTheXmlAndThePdf() throws Exception {
		TestPeople.none(this.jdbc);
		String manager = TestPeople.email("gerante");
		long supplier = TestStructures
			.company(this.context, new Siret("40999900000014"), "PAPETERIE TEST", manager,
					EnumSet.of(WorkArea.FACTURES_EMISES, WorkArea.DUME))
			.value();
		Path request = Files.createTempDirectory("espd").resolve("demande-acheteur.xml");
		Files.write(request, EspdDocumentsTests.example("/espd/criteria-4.1.0.xml"));

		try (Browser browser = new Browser(this.port, "espd")) {
			browser.open("/connexion")
				.type("email", manager)
				.type("password", TestStructures.PASSWORD)
				.press("Se connecter");
			browser.open("/structures/" + supplier).openLink("DUME");
			browser.upload("file", request).screenshot("import").press("Importer et répondre");
			assertThat(browser.text()).contains("Demande importée", "PP.20170419.1024-9",
					"Partie III : motifs d'exclusion", "Participation à une organisation criminelle");
			browser.click("s." + EspdDocumentsTests.CRIME_ORG).clickLabelFor("y." + EspdPagesTests.C1_ANSWER);
			browser.set("q." + EspdPagesTests.C1_DATE, "2024-03-01");
			browser.type("place", "Paris").set("declaredOn", "2026-12-02").screenshot("answering");
			browser.press("Enregistrer les réponses");
			assertThat(browser.text()).contains("Réponses enregistrées.");
			assertThat(browser.checked("y." + EspdPagesTests.C1_ANSWER)).isTrue();
			assertThat(browser.value("q." + EspdPagesTests.C1_DATE)).isEqualTo("2024-03-01");

			assertThat(browser.text()).contains("Enregistrer et télécharger le XML (ESPD-EDM 4.1.0)",
					"Télécharger le PDF");
			assertThat(browser.download("download-xml")).startsWith("200 application/xml")
				.contains("<QualificationApplicationResponse");
			assertThat(browser.download("download-pdf")).startsWith("200 application/pdf %PDF-");
			browser.open(browser.path());
			assertThat(browser.text()).contains("Version 1 exportée");
			browser.screenshot("exported");
		}
	}

}
