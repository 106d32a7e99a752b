package org.chorale.account;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestMail;
import org.chorale.TestPeople;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A forgotten password: e-mailed link, secret question, new password. */
@ChoraleTest
class PasswordResetTests {

	static final String PASSWORD = "Quatre chats gris sous la lune";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	String email;

	@BeforeEach
	void anActiveAccount() {
		TestPeople.none(this.jdbc);
		this.email = TestPeople.email("marie");
		this.accounts.registerActive(new EmailAddress(this.email),
				new PersonDetails("Marie", "Martin", Optional.empty(), new EmailAddress(this.email)), Language.FRENCH,
				PASSWORD, SecretQuestion.VILLE_NAISSANCE_MERE, "Saint-Étienne");
	}

	@Test
	void answersTheSameWhetherTheAddressHasAnAccountOrNot() throws Exception {
		String unknown = TestPeople.email("nobody");
		MvcResult known = this.mvc.perform(post("/mot-de-passe-oublie").with(csrf()).param("email", this.email))
			.andReturn();
		MvcResult other = this.mvc.perform(post("/mot-de-passe-oublie").with(csrf()).param("email", unknown))
			.andReturn();
		assertThat(other.getResponse().getContentAsString()).isEqualTo(known.getResponse().getContentAsString());
		assertThat(TestMail.to(this.email, 1)).hasSize(1);
		assertThat(TestMail.to(unknown, 1)).isEmpty();
	}

	@Test
	void theRightAnswerSetsTheNewPasswordAndTheLinkServesOnce() throws Exception {
		this.mvc.perform(post("/mot-de-passe-oublie").with(csrf()).param("email", this.email));
		String path = TestMail.link(this.email).replaceFirst("https?://[^/]+", "");
		String newPassword = "Un grand pin parasol au bord de mer";
		this.mvc
			.perform(post(path).with(csrf())
				.param("secretAnswer", "Lyon")
				.param("password", newPassword)
				.param("confirmation", newPassword))
			.andExpect(content().string(containsString("La réponse à la question secrète est incorrecte")));
		this.mvc
			.perform(post(path).with(csrf())
				.param("secretAnswer", "saint etienne")
				.param("password", newPassword)
				.param("confirmation", newPassword))
			.andExpect(content().string(containsString("La réponse à la question secrète est incorrecte")));
		this.mvc
			.perform(post(path).with(csrf())
				.param("secretAnswer", "SAINT-ETIENNE")
				.param("password", newPassword)
				.param("confirmation", newPassword))
			.andExpect(redirectedUrl("/connexion?reinitialise"));
		this.mvc.perform(formLogin("/connexion").userParameter("email").user(this.email).password(newPassword))
			.andExpect(authenticated());
		this.mvc
			.perform(post(path).with(csrf())
				.param("secretAnswer", "Saint-Étienne")
				.param("password", PASSWORD)
				.param("confirmation", PASSWORD))
			.andExpect(content().string(containsString("Ce lien ne fonctionne plus")));
	}

}
