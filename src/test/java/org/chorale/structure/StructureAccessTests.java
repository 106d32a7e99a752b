package org.chorale.structure;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestMail;
import org.chorale.TestPeople;
import org.chorale.account.AccountManagement;
import org.chorale.account.PersonDetails;
import org.chorale.account.SecretQuestion;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may see a structure and run its manager console. */
@ChoraleTest
class StructureAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StructureManagement structures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	String manager;

	String stranger;

	long structure;

	@BeforeEach
	void aStructureAndSomeoneElse() {
		TestPeople.none(this.jdbc);
		this.manager = TestPeople.email("claire");
		this.stranger = TestPeople.email("intrus");
		this.structure = this.structures
			.register(new NewStructure(StructureIdentifier.of(new Siret("12345678200010")), Country.FRANCE,
					new StructureDetails("PAPETERIE DÉMO DES LILAS SAS", Optional.empty()), true, StructureKind.PRIVEE),
					WorkArea.defaults(), new EmailAddress(this.manager), details("Claire", this.manager),
					Language.FRENCH)
			.id()
			.value();
		this.accounts.registerActive(new EmailAddress(this.stranger), details("Ivan", this.stranger), Language.FRENCH,
				"Quatre chats gris sous la lune", SecretQuestion.PREMIER_ANIMAL, "Rex");
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/structures/" + this.structure).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/connexion"));
		this.mvc.perform(get("/structures/" + this.structure + "/gestion").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void someoneOutsideTheStructureSeesNeitherItNorItsConsole() throws Exception {
		var intruder = user(this.users.loadUserByUsername(this.stranger));
		this.mvc.perform(get("/structures/" + this.structure).with(intruder)).andExpect(status().isForbidden());
		this.mvc.perform(get("/structures/" + this.structure + "/gestion").with(intruder))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/structures/" + this.structure + "/gestion/espaces").with(intruder)
				.with(csrf())
				.param("workAreas", "FACTURES_RECUES"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from structure_work_area where work_area = 'FACTURES_RECUES'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void thePrimaryManagerOpensAreasAndGetsTheirRights() throws Exception {
		var gp = user(this.users.loadUserByUsername(this.manager));
		this.mvc
			.perform(post("/structures/" + this.structure + "/gestion/espaces").with(gp)
				.with(csrf())
				.param("workAreas", "FACTURES_EMISES", "FACTURES_RECUES"))
			.andExpect(redirectedUrl("/structures/" + this.structure + "/gestion"));
		this.mvc.perform(get("/structures/" + this.structure).with(gp))
			.andExpect(content().string(containsString("Factures reçues — Modification")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sollicitations émises"))))
			.andExpect(content().string(containsString("Adresse masquée")));
	}

	@Test
	void thePrimaryManagerRunsRequestsAndMembers() throws Exception {
		var gp = user(this.users.loadUserByUsername(this.manager));
		String console = "/structures/" + this.structure + "/gestion";
		String colleague = TestPeople.email("paul");
		this.structures.requestToJoin(new StructureId(this.structure), new EmailAddress(colleague),
				details("Paul", colleague), Language.FRENCH, "Bonjour");
		long request = this.jdbc.sql("select id from membership where status = 'EN_COURS_DE_VALIDATION'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post(console + "/demandes").with(gp)
				.with(csrf())
				.param("requests", String.valueOf(request))
				.param("decision", "approve")
				.param("comment", "Bienvenue"))
			.andExpect(redirectedUrl(console));
		assertThat(TestMail.subject(TestMail.withSubject(colleague,
				"Votre demande de rattachement à PAPETERIE DÉMO DES LILAS SAS est validée")))
			.endsWith("est validée");
		this.mvc.perform(post(console + "/membres/" + request + "/activation").with(gp).with(csrf()))
			.andExpect(redirectedUrl(console));
		assertThat(TestMail.to(colleague, 3).stream().map(TestMail::subject))
			.containsOnlyOnce("Votre demande de rattachement à PAPETERIE DÉMO DES LILAS SAS est validée")
			.filteredOn("Activez votre compte Chorale"::equals)
			.hasSize(2);
		this.mvc.perform(post(console + "/membres/" + request + "/gestionnaire-principal").with(gp).with(csrf()))
			.andExpect(flash().attributeExists("refusal"));
		this.mvc.perform(post(console + "/membres/" + request + "/detacher").with(gp).with(csrf()))
			.andExpect(redirectedUrl(console));
		assertThat(this.jdbc.sql("select status from membership where id = :id")
			.param("id", request)
			.query(String.class)
			.single()).isEqualTo("DESACTIVEE");
	}

	private static PersonDetails details(String firstName, String email) {
		return new PersonDetails(firstName, "Test", Optional.empty(), new EmailAddress(email));
	}

}
