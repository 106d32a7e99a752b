package org.chorale.invoice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.chorale.Browser;
import org.chorale.ChoraleTest;
import org.chorale.structure.TestStructures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supplier deposits a batch in real Chromium and follows it in "Suivi des flux" until
 * its report, updated by htmx while it runs. Screenshots under
 * target/screenshots/deposit/.
 */
@ChoraleTest
class DepositBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aSupplierDepositsABatchAndReadsItsReport() throws Exception {
		TestInvoices.Supplier fixture = TestInvoices.supplier(this.context, "fournisseur");
		String manager = fixture.manager();
		long supplier = fixture.id().value();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("F-1.xml",
				TestInvoices.ubl("F-1", DepositTests.SUPPLIER, DepositTests.DEMOVILLE, "ECOLES", "", "A1"));
		files.put("F-2.xml", TestInvoices.ubl("F-2", DepositTests.SUPPLIER, DepositTests.MINISTRY, "", "", "A1"));
		Path batch = Files.createTempFile("lot-", ".zip");
		Files.write(batch, TestInvoices.zip(files));
		try (Browser browser = new Browser(this.port, "deposit")) {
			browser.open("/connexion")
				.type("email", manager)
				.type("password", TestStructures.PASSWORD)
				.press("Se connecter");
			browser.open("/structures/" + supplier);
			assertThat(browser.text()).contains("Déposer des factures", "Suivi des flux", "Saisir une facture");
			browser.open("/structures/" + supplier + "/factures/depot").upload("file", batch).screenshot("file-chosen");
			browser.press("Déposer")
				.waitForText("1 intégrée(s), 1 rejetée(s), sur 2 fichier(s)", Duration.ofSeconds(30));
			// DSFR badges are upper-cased by CSS, and Selenium reads what is shown
			assertThat(browser.text()).contains("Certificat de dépôt", "F-1.xml", "F-2.xml", "INTÉGRÉ PARTIELLEMENT",
					"BT-10 Référence acheteur", "exige un code service");
			browser.screenshot("report");
			browser.open("/structures/" + supplier + "/flux");
			assertThat(browser.text()).contains("Suivi des flux", batch.getFileName().toString(),
					"INTÉGRÉ PARTIELLEMENT");
			browser.screenshot("flows");
		}
		finally {
			Files.delete(batch);
		}
	}

}
