package org.chorale.cpro;

import java.time.Duration;

import org.chorale.Browser;
import org.chorale.ChoraleTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An integrator browses the API's description in Swagger UI, under the portal's content
 * security policy.
 */
@ChoraleTest
class ApiDocsBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void anIntegratorBrowsesTheOperationsByTheirChorusProNames() throws Exception {
		try (Browser browser = new Browser(this.port, "api-docs")) {
			browser.open("/api/docs").waitForPageText("Chorale — API compatible Chorus Pro", Duration.ofSeconds(20));
			browser.waitForPageText("/cpro/factures/v1/soumettre", Duration.ofSeconds(10)).screenshot("operations");
			assertThat(browser.pageText()).contains("Factures", "Structures", "Transverses", "Utilisateurs",
					"/cpro/factures/v1/rechercher/fournisseur", "/api/oauth/token");
		}
	}

}
