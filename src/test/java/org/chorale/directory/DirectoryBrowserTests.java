package org.chorale.directory;

import java.io.IOException;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
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
 * The directory in real Chromium, from both sides: a commune's primary manager requires a
 * service code, adds a service and registers a commitment; a supplier then finds the
 * commune and checks what an invoice to it must give. Screenshots under
 * target/screenshots/directory/.
 */
@ChoraleTest
class DirectoryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DirectoryAdministration directory;

	@BeforeEach
	void featuredDirectory() throws Exception {
		TestPeople.none(this.jdbc);
		TestDirectory.featured(this.jdbc, this.directory);
	}

	@Test
	void aCommuneSetsWhatInvoicesMustGiveAndASupplierChecksItBeforeDepositing() throws IOException {
		String manager = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret("21999900000017"),
				"COMMUNE DE DEMOVILLE", manager, EnumSet.of(WorkArea.FACTURES_RECUES, WorkArea.ENGAGEMENTS));
		try (Browser browser = new Browser(this.port, "directory")) {
			browser.open("/connexion")
				.type("email", manager)
				.type("password", TestStructures.PASSWORD)
				.press("Se connecter");
			assertThat(browser.text()).contains("Annuaire : paramètres et services", "Engagements");
			browser.open("/structures/" + commune.value() + "/annuaire").screenshot("manager-directory-entry");
			assertThat(browser.checked("serviceRequired1")).isFalse();
			browser.clickLabelFor("serviceRequired1").press("Enregistrer");
			assertThat(browser.text()).contains("Paramètres enregistrés.");
			assertThat(browser.checked("serviceRequired1")).isTrue();

			browser.type("code", "cantine").type("name", "Restauration scolaire").press("Ajouter un service");
			assertThat(browser.text()).contains("Service ajouté.", "CANTINE", "Restauration scolaire");
			browser.screenshot("service-added");

			browser.open("/structures/" + commune.value() + "/engagements")
				.type("number", "2026-EJ-0042")
				.type("supplierSiret", "12345678200010")
				.type("amount", "2 400,00")
				.type("startDate", "01012026")
				.press("Enregistrer l'engagement");
			assertThat(browser.text()).contains("Engagement enregistré.", "2026-EJ-0042", "2 400,00 €");
			browser.screenshot("commitment-registered");
			browser.press("Se déconnecter");

			browser.open("/annuaire").type("q", "45999").press("Rechercher");
			assertThat(browser.text()).contains("COMMUNE DE DEMOVILLE", "CODE SERVICE OBLIGATOIRE");
			browser.screenshot("supplier-search");
			long id = this.jdbc.sql("SELECT id FROM recipient WHERE identifier = '21999900000017'")
				.query(Long.class)
				.single();
			browser.open("/annuaire/" + id).type("commitmentNumber", "2026-EJ-9999").press("Vérifier");
			assertThat(browser.text()).contains("Une facture ainsi adressée serait refusée",
					"COMMUNE DE DEMOVILLE exige un code service",
					"L'engagement 2026-EJ-9999 n'est pas enregistré par COMMUNE DE DEMOVILLE.");
			browser.screenshot("supplier-check-refused");
			browser.type("serviceCode", "cantine").type("commitmentNumber", "2026-EJ-0042").press("Vérifier");
			assertThat(browser.text()).contains("serait acceptée et transmise au service CANTINE");
			browser.screenshot("supplier-check-accepted");
		}
	}

}
