package org.chorale.account;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** "Mon compte": a person's details, password and secret question. */
@ChoraleTest
class MyAccountTests {

	static final String PASSWORD = "Quatre chats gris sous la lune";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountUserDetails users;

	SignedInUser me;

	@BeforeEach
	void signedIn() {
		TestPeople.none(this.jdbc);
		String email = TestPeople.email("marie");
		Person person = this.accounts.registerActive(new EmailAddress(email),
				new PersonDetails("Marie", "Martin", Optional.empty(), new EmailAddress(email)), Language.FRENCH,
				PASSWORD, SecretQuestion.PREMIER_ANIMAL, "Médor");
		this.me = this.users.load(person.id());
	}

	@Test
	void showsTheNamesEscaped() throws Exception {
		this.mvc
			.perform(post("/mon-compte").with(user(this.me))
				.with(csrf())
				.param("firstName", "<script>alert(1)</script>")
				.param("lastName", "Martin")
				.param("phone", "")
				.param("contactEmail", "factures@example.test"))
			.andExpect(redirectedUrl("/mon-compte"));
		this.mvc.perform(get("/mon-compte").with(user(this.users.load(this.me.accountId()))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(containsString("factures@example.test")));
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() throws Exception {
		String next = "Un grand pin parasol au bord de mer";
		this.mvc
			.perform(post("/mon-compte/mot-de-passe").with(user(this.me))
				.with(csrf())
				.param("currentPassword", "pas le bon")
				.param("password", next)
				.param("confirmation", next))
			.andExpect(content().string(containsString("Le mot de passe actuel est incorrect")));
		this.mvc
			.perform(post("/mon-compte/mot-de-passe").with(user(this.me))
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("password", "motdepasse123")
				.param("confirmation", "motdepasse123"))
			.andExpect(content().string(containsString("trop facile à deviner")));
		this.mvc
			.perform(post("/mon-compte/mot-de-passe").with(user(this.me))
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("password", next)
				.param("confirmation", next))
			.andExpect(redirectedUrl("/mon-compte"))
			.andExpect(flash().attribute("saved", "account.saved.password"));
	}

}
