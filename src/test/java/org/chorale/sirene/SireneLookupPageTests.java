package org.chorale.sirene;

import java.nio.file.Path;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chorale.ChoraleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "Rechercher une entreprise" page, as a supplier sees it in French and English. */
@ChoraleTest
class SireneLookupPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StockImport stockImport;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoRegister(@TempDir Path directory) throws Exception {
		TestRegister.demo(this.jdbc, this.stockImport, directory, 100);
	}

	@Test
	void showsACompanyWithItsAddressAndBadges() throws Exception {
		this.mvc.perform(get("/entreprises").param("siret", "123 456 782 00010"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PAPETERIE DÉMO DES LILAS SAS")))
			.andExpect(content().string(containsString("123 456 782 00010")))
			.andExpect(content().string(containsString(", FRANCE</dd>")))
			.andExpect(content().string(containsString(">Actif</p>")))
			.andExpect(content().string(containsString(">Siège</p>")));
	}

	@Test
	void masksTheAddressOfANonDiffusibleCompany() throws Exception {
		this.mvc.perform(get("/entreprises").param("siret", "19999999600010"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("INSEE non diffusible")))
			.andExpect(content().string(containsString("Adresse masquée")))
			.andExpect(content().string(containsString("Nom non diffusé par l&#39;INSEE")))
			.andExpect(content().string(not(containsString("FRANCE</dd>"))));
	}

	@Test
	void explainsAnInvalidSiretNextToTheField() throws Exception {
		this.mvc.perform(get("/entreprises").param("siret", "732 829 320 00075"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fr-input-group--error")))
			.andExpect(content().string(containsString(
					"<p id=\"siret-error\" class=\"fr-error-text\">Le SIRET 732 829 320 00075 a une clé de contrôle invalide</p>")));
		this.mvc
			.perform(get("/entreprises").param("siret", "732 829 320 00075").cookie(new Cookie("chorale-lang", "en")))
			.andExpect(content().string(containsString("SIRET 732 829 320 00075 has an invalid check digit")));
	}

	@Test
	void saysWhenNoEstablishmentHasTheSiret() throws Exception {
		this.mvc.perform(get("/entreprises").param("siret", "73282932000074").param("lang", "en"))
			.andExpect(content()
				.string(containsString("No establishment has SIRET 732 829 320 00074 in the SIRENE register.")));
	}

}
