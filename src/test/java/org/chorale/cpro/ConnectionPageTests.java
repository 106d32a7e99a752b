package org.chorale.cpro;

import java.util.EnumSet;
import java.util.Map;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.shared.Siret;
import org.chorale.structure.AccessRight;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Raccordements" as its primary manager uses it: technical users and API clients whose
 * password or secret is shown once, and nobody else's way in.
 */
@ChoraleTest
class ConnectionPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	String manager;

	StructureId structure;

	@BeforeEach
	void companyWithConnections() {
		TestPeople.none(this.jdbc);
		this.manager = TestPeople.email("gestionnaire");
		this.structure = TestStructures.company(this.context, new Siret("40999900000014"), "PAPETERIE TEST",
				this.manager, EnumSet.of(WorkArea.FACTURES_EMISES, WorkArea.RACCORDEMENTS));
	}

	@Test
	void theManagerCreatesATechnicalUserWhosePasswordIsShownOnceAndResetsIt() throws Exception {
		String page = this.mvc.perform(post(path("/utilisateurs-techniques")).with(signedIn(this.manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ne sera plus jamais affiché")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String login = between(page, "id=\"created-login\">", "<");
		String password = between(page, "id=\"created-secret\">", "<");
		assertThat(login).isEqualTo("tech_1_40999900000014@technique.chorale.invalid");
		assertThat(password).hasSize(24);
		this.mvc.perform(get(path("")).with(signedIn(this.manager)))
			.andExpect(content().string(containsString(login)))
			.andExpect(content().string(not(containsString(password))));
		assertThat(this.jdbc.sql("select password_hash from technical_account").query(String.class).single())
			.doesNotContain(password);

		long id = this.jdbc.sql("select id from technical_account").query(Long.class).single();
		String reset = this.mvc
			.perform(post(path("/utilisateurs-techniques/" + id + "/mot-de-passe")).with(signedIn(this.manager))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(between(reset, "id=\"created-secret\">", "<")).hasSize(24).isNotEqualTo(password);
	}

	@Test
	void aTechnicalUserCannotSignInToThePortal() throws Exception {
		String page = this.mvc.perform(post(path("/utilisateurs-techniques")).with(signedIn(this.manager)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(post("/connexion").param("email", between(page, "id=\"created-login\">", "<"))
				.param("password", between(page, "id=\"created-secret\">", "<"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/connexion?erreur"));
	}

	@Test
	void anApiClientGetsAnIdAndASecretShownOnceAndAnEmptyNameIsRefusedOnThePage() throws Exception {
		this.mvc.perform(post(path("/clients")).param("name", "Odoo").with(signedIn(this.manager)).with(csrf()))
			.andExpect(content().string(containsString("client_secret")));
		assertThat(this.jdbc.sql("select name from api_client").query(String.class).single()).isEqualTo("Odoo");
		this.mvc.perform(post(path("/clients")).param("name", " ").with(signedIn(this.manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fr-alert--error")));
	}

	@Test
	void onlyThePrimaryManagerOfAStructureWithTheAreaOpenManagesConnections() throws Exception {
		String member = TestPeople.email("collegue");
		TestStructures.member(this.context, this.structure, member, Map.of(WorkArea.FACTURES_EMISES,
				AccessRight.MODIFICATION, WorkArea.RACCORDEMENTS, AccessRight.MODIFICATION));
		this.mvc.perform(get(path("")).with(signedIn(member))).andExpect(status().isForbidden());
		this.mvc.perform(post(path("/utilisateurs-techniques")).with(signedIn(member)).with(csrf()))
			.andExpect(status().isForbidden());

		String other = TestPeople.email("autre");
		StructureId closed = TestStructures.company(this.context, new Siret("40999900000022"), "AUTRE", other,
				WorkArea.defaults());
		this.mvc.perform(get("/structures/" + closed.value() + "/raccordements").with(signedIn(other)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from technical_account").query(Long.class).single()).isZero();
	}

	private String path(String rest) {
		return "/structures/" + this.structure.value() + "/raccordements" + rest;
	}

	private RequestPostProcessor signedIn(String email) {
		return user(this.users.loadUserByUsername(email));
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}

}
