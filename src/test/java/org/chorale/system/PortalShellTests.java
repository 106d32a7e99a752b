package org.chorale.system;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The DSFR shell around every page: header, language switch, footer, error pages, health
 * and metrics.
 */
@ChoraleTest
class PortalShellTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheHomePageInFrenchByDefault() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"fr\">")))
			.andExpect(content().string(containsString("<p class=\"fr-header__service-title\">Chorale</p>")))
			.andExpect(content().string(containsString("Déposez vos factures aux acheteurs publics")))
			.andExpect(content().string(containsString("/vendor/dsfr/dsfr.min.css")))
			.andExpect(content().string(containsString("class=\"fr-footer\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void switchesToEnglishAndRemembersTheChoice() throws Exception {
		this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Send your invoices to public buyers")))
			.andExpect(content().string(containsString("Public-sector e-invoicing")))
			.andExpect(cookie().value("chorale-lang", "en"));
	}

	@Test
	void fallsBackToFrenchForAnyOtherLanguage() throws Exception {
		this.mvc.perform(get("/").param("lang", "de"))
			.andExpect(content().string(containsString("<html lang=\"fr\">")))
			.andExpect(cookie().value("chorale-lang", "fr"));
	}

	@Test
	void servesTheDesignSystemFromTheBuild() throws Exception {
		this.mvc.perform(get("/vendor/dsfr/dsfr.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/vendor/dsfr/fonts/Marianne-Regular.woff2")).andExpect(status().isOk());
		this.mvc.perform(get("/vendor/dsfr/dsfr.module.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/vendor/dsfr/utility/icons/icons.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/vendor/htmx/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void showsTheNotFoundPageInBothLanguages() throws Exception {
		this.mvc.perform(error(404))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("<h1>Page non trouvée</h1>")))
			.andExpect(content().string(containsString("Erreur 404")));
		this.mvc.perform(error(404).param("lang", "en"))
			.andExpect(content().string(containsString("<h1>Page not found</h1>")))
			.andExpect(content().string(containsString("Error 404")));
	}

	@Test
	void showsTheForbiddenPageInBothLanguages() throws Exception {
		this.mvc.perform(error(403)).andExpect(content().string(containsString("<h1>Accès refusé</h1>")));
		this.mvc.perform(error(403).param("lang", "en"))
			.andExpect(content().string(containsString("<h1>Access denied</h1>")));
	}

	@Test
	void showsTheServerErrorPageInBothLanguagesWithoutDetails() throws Exception {
		this.mvc.perform(error(500).requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("<h1>Erreur inattendue</h1>")))
			.andExpect(content().string(containsString("Rien de ce que vous avez enregistré n&#39;est perdu.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("secret"))));
		this.mvc.perform(error(500).param("lang", "en"))
			.andExpect(content().string(containsString("<h1>Unexpected error</h1>")));
	}

	@Test
	void refusesAFormPostedWithoutItsCsrfToken() throws Exception {
		this.mvc.perform(post("/entreprises")).andExpect(status().isForbidden());
	}

	@Test
	void keepsTheActuatorClosedButHealthAndMetrics() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(content().string(containsString("\"UP\"")));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(content().string(containsString("\"UP\"")));
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		this.mvc.perform(get("/actuator/env")).andExpect(status().isForbidden());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder error(int status) {
		return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
			.accept("text/html");
	}

}
