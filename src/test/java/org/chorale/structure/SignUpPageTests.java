package org.chorale.structure;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.sirene.SireneManagement;
import org.chorale.sirene.TestRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the sign-up pages say on bad input, in French and English. */
@ChoraleTest
class SignUpPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SireneManagement sirene;

	@BeforeEach
	void noOneYet() throws Exception {
		TestPeople.none(this.jdbc);
		TestRegister.featured(this.sirene);
	}

	@Test
	void refusesASiretUnknownToSireneOrClosed() throws Exception {
		start(new MockHttpSession(), "73282932000074").andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Le SIRET 732 829 320 00074 n&#39;existe pas dans le répertoire SIRENE")));
		start(new MockHttpSession(), "27654320400016").andExpect(status().isOk())
			.andExpect(content().string(containsString("L&#39;établissement 276 543 204 00016 est fermé")));
	}

	@Test
	void showsEachWrongFieldNextToItInThePageLanguage() throws Exception {
		this.mvc
			.perform(post("/inscription").with(csrf())
				.cookie(new Cookie("chorale-lang", "en"))
				.param("loginEmail", "not an address")
				.param("withoutSiret", "true")
				.param("country", "FR")
				.param("identifierType", "RIDET")
				.param("identifier", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a valid e-mail address")))
			.andExpect(content().string(containsString("RIDET")))
			.andExpect(content().string(containsString("fr-input-group--error")));
	}

	@Test
	void createsNothingBeforeTheLastStepAndRefusesOverLongInput() throws Exception {
		MockHttpSession session = new MockHttpSession();
		start(session, "12345678200010").andExpect(redirectedUrl("/inscription/structure"));
		this.mvc
			.perform(post("/inscription/structure").session(session)
				.with(csrf())
				.param("name", "x".repeat(201))
				.param("addressLine", "1 rue")
				.param("postalCode", "75001")
				.param("city", "Paris")
				.param("addressCountry", "FR")
				.param("firstName", "Claire")
				.param("lastName", "Dupont")
				.param("contactEmail", "claire@example.test"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ce champ ne peut dépasser 200 caractères")))
			.andExpect(content().string(containsString("Vous devez accepter les conditions d&#39;utilisation")));
		assertThat(this.jdbc.sql("select count(*) from account").query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from structure").query(Integer.class).single()).isZero();
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() throws Exception {
		this.mvc.perform(post("/inscription").param("loginEmail", "a@example.test").param("siret", "12345678200010"))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions start(MockHttpSession session, String siret)
			throws Exception {
		return this.mvc.perform(post("/inscription").session(session)
			.with(csrf())
			.param("loginEmail", TestPeople.email("claire"))
			.param("withoutSiret", "false")
			.param("siret", siret));
	}

}
