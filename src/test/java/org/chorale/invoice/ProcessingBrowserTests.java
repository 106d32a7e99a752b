package org.chorale.invoice;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import org.chorale.Browser;
import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invoice seen from both sides in Chromium: the commune finds it in "Factures reçues",
 * reads it and suspends it with a reason; the supplier sees the suspension and the reason
 * in "Factures émises". Screenshots under target/screenshots/processing/.
 */
@ChoraleTest
class ProcessingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	InvoiceManagement invoices;

	@Autowired
	AccountManagement accounts;

	@Test
	void theCommuneSuspendsAnInvoiceAndTheSupplierReadsWhy() throws Exception {
		TestInvoices.Supplier supplier = TestInvoices.supplier(this.context, "fournisseur");
		String mayor = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret(DepositTests.DEMOVILLE),
				"COMMUNE DE DEMOVILLE", mayor, EnumSet.of(WorkArea.FACTURES_RECUES));
		AccountId supplierAccount = this.accounts.find(new EmailAddress(supplier.manager())).orElseThrow().id();
		DepositReceipt receipt = this.invoices.deposit(supplierAccount, supplier.id(), DepositChannel.UPLOAD_PORTAIL,
				"f.xml",
				TestInvoices.ubl("F-2026-601", DepositTests.SUPPLIER, DepositTests.DEMOVILLE, "ECOLES", "", "A1"));
		TestInvoices.finished(this.invoices, supplierAccount, supplier.id(), receipt.id());

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

			browser.open("/connexion")
				.type("email", supplier.manager())
				.type("password", TestStructures.PASSWORD)
				.press("Se connecter");
			browser.open("/structures/" + supplier.id().value() + "/factures-emises");
			browser.waitForText("Suspendue : 1", Duration.ofSeconds(5)).screenshot("issued");
			browser.openLink("F-2026-601");
			assertThat(browser.text()).contains("208 Suspendue", "Joindre le bon de livraison signé.");
			browser.screenshot("issued-invoice");
		}
	}

}
