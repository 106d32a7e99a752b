package org.chorale.structure;

import java.io.IOException;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.Browser;
import org.chorale.ChoraleTest;
import org.chorale.TestMail;
import org.chorale.TestPeople;
import org.chorale.account.AccountManagement;
import org.chorale.account.PersonDetails;
import org.chorale.account.SecretQuestion;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;
import org.chorale.sirene.SireneManagement;
import org.chorale.sirene.TestRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-up journeys in real Chromium, as a supplier goes through them: screenshots of
 * each step are saved under target/screenshots/.
 */
@ChoraleTest
class OnboardingBrowserTests {

	static final String PASSWORD = "Quatre chats gris sous la lune";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SireneManagement sirene;

	@Autowired
	AccountManagement accounts;

	@BeforeEach
	void noOneYet() throws Exception {
		TestPeople.none(this.jdbc);
		TestRegister.featured(this.sirene);
	}

	@Test
	void supplierSignsUpWithTheirSiretAndLandsSignedInOnTheirStructure() throws IOException {
		String email = TestPeople.email("claire");
		try (Browser browser = new Browser(this.port, "sign-up-siret")) {
			start(browser, email, "12345678200010");
			assertThat(browser.path()).isEqualTo("/inscription/structure");
			assertThat(browser.value("name")).isEqualTo("PAPETERIE DÉMO DES LILAS SAS");
			assertThat(browser.value("addressLine")).isNotEmpty();
			assertThat(browser.value("contactEmail")).isEqualTo(email);
			browser.screenshot("structure-prefilled");
			person(browser, "Claire", "Dupont");
			assertThat(browser.path()).isEqualTo("/inscription/espaces");
			assertThat(browser.checked("area-FACTURES_EMISES")).isTrue();
			assertThat(browser.checked("area-SOLLICITATIONS_EMISES")).isTrue();
			assertThat(browser.checked("area-FACTURES_RECUES")).isFalse();
			browser.screenshot("work-areas").press("Créer mon compte").screenshot("check-your-mail");
			assertThat(browser.text()).contains("Un e-mail d'activation a été envoyé à " + email);

			activate(browser, email);
			assertThat(browser.path()).startsWith("/structures/");
			assertThat(browser.text())
				.contains("Votre compte est activé", "PAPETERIE DÉMO DES LILAS SAS", "GESTIONNAIRE PRINCIPAL",
						"Factures émises — Modification", "Sollicitations émises — Modification")
				.doesNotContain("Factures reçues");
			browser.screenshot("signed-in-home");
		}
	}

	@Test
	void aNonDiffusibleCompanyHasItsAddressMaskedOnEveryPage() throws IOException {
		String email = TestPeople.email("camille");
		try (Browser browser = new Browser(this.port, "sign-up-non-diffusible")) {
			start(browser, email, "19999999600010");
			assertThat(browser.checked("nonDiffusible")).isTrue();
			assertThat(browser.present("addressLine")).isFalse();
			assertThat(browser.text()).contains("Adresse masquée");
			browser.screenshot("address-masked");
			browser.type("name", "Camille EXEMPLE");
			person(browser, "Camille", "Exemple");
			browser.press("Créer mon compte");
			activate(browser, email);
			assertThat(browser.text()).contains("Camille EXEMPLE", "INSEE non diffusible", "Adresse masquée");
			browser.screenshot("home-masked");
		}
		assertThat(this.jdbc.sql("select count(*) from structure where address_line is null and non_diffusible")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aStructureWithoutSiretIsFilledInByHand() throws IOException {
		String email = TestPeople.email("hans");
		try (Browser browser = new Browser(this.port, "sign-up-without-siret")) {
			browser.open("/inscription").type("loginEmail", email).clickLabelFor("withoutSiret");
			browser.select("country", "DE")
				.select("identifierType", "UE_HORS_FRANCE")
				.type("identifier", "DE 12345678");
			browser.press("Valider").screenshot("identifier-refused");
			assertThat(browser.text()).contains("n'a pas le format des numéros de TVA de l'État DE");
			browser.clickLabelFor("withoutSiret").type("identifier", "DE123456789").press("Valider");
			assertThat(browser.path()).isEqualTo("/inscription/structure");
			assertThat(browser.value("name")).isEmpty();
			browser.type("name", "Müller Papier GmbH")
				.type("addressLine", "Hauptstraße 1")
				.type("postalCode", "10115")
				.type("city", "Berlin")
				.select("addressCountry", "DE");
			person(browser, "Hans", "Müller");
			browser.press("Créer mon compte");
			activate(browser, email);
			assertThat(browser.text()).contains("Müller Papier GmbH", "DE123456789", "Hauptstraße 1, 10115 Berlin");
			browser.screenshot("home");
		}
	}

	@Test
	void aSecondPersonAsksToJoinAndThePrimaryManagerApproves() throws IOException {
		String manager = TestPeople.email("claire");
		String colleague = TestPeople.email("paul");
		try (Browser browser = new Browser(this.port, "join-request")) {
			start(browser, manager, "12345678200010");
			person(browser, "Claire", "Dupont");
			browser.press("Créer mon compte");
			activate(browser, manager);
			browser.press("Se déconnecter");

			start(browser, colleague, "12345678200010");
			assertThat(browser.path()).isEqualTo("/inscription/rattachement");
			assertThat(browser.text()).contains("Cette structure est déjà inscrite", "PAPETERIE DÉMO DES LILAS SAS");
			browser.type("firstName", "Paul")
				.type("lastName", "<b>Martin</b>")
				.type("message", "Je suis le comptable.")
				.clickLabelFor("termsAccepted1")
				.screenshot("join-form")
				.press("Demander à rejoindre la structure")
				.screenshot("join-sent");
			String joinRequest = "Demande de rattachement à PAPETERIE DÉMO DES LILAS SAS";
			assertThat(TestMail.subject(TestMail.withSubject(manager, joinRequest))).isEqualTo(joinRequest);

			browser.open("/connexion").type("email", manager).type("password", PASSWORD).press("Se connecter");
			browser.open(TestMail.link(manager));
			assertThat(browser.text()).contains("Paul <b>Martin</b>", "Je suis le comptable.");
			browser.screenshot("console-request");
			browser.clickLabelFor("request-" + pendingRequest())
				.type("comment", "Bienvenue")
				.press("Valider la sélection");
			assertThat(browser.text()).contains("Demandes validées");
			browser.screenshot("console-approved");
		}
		String approved = "Votre demande de rattachement à PAPETERIE DÉMO DES LILAS SAS est validée";
		assertThat(TestMail.body(TestMail.withSubject(colleague, approved)))
			.contains("Commentaire du gestionnaire : Bienvenue");
	}

	@Test
	void anExpiredActivationLinkSaysSoAndSendsANewOne() throws IOException {
		String email = TestPeople.email("lea");
		try (Browser browser = new Browser(this.port, "expired-link")) {
			start(browser, email, "12345678200010");
			person(browser, "Léa", "Petit");
			browser.press("Créer mon compte");
			String expired = TestMail.link(email);
			this.jdbc.sql("update account_link set expires_at = now() - interval '1 minute'").update();
			browser.open(expired).screenshot("expired");
			assertThat(browser.text()).contains("Ce lien a expiré");
			browser.press("Recevoir un nouveau lien d'activation").screenshot("new-link-sent");
			assertThat(TestMail.to(email, 2)).hasSize(2);
			String fresh = TestMail.link(email);
			assertThat(fresh).isNotEqualTo(expired);
			browser.open(expired);
			assertThat(browser.text()).contains("Ce lien a déjà servi, ou un lien plus récent l'a remplacé");
			activateWith(browser, fresh);
			assertThat(browser.text()).contains("Votre compte est activé");
		}
	}

	@Test
	void fiveFailedSignInsLockTheAccountAndTellItsOwner() throws IOException {
		String email = TestPeople.email("marc");
		this.accounts.registerActive(new EmailAddress(email),
				new PersonDetails("Marc", "Leroy", Optional.empty(), new EmailAddress(email)), Language.FRENCH,
				PASSWORD, SecretQuestion.PREMIERE_ECOLE, "Jules Ferry");
		try (Browser browser = new Browser(this.port, "lockout")) {
			for (int attempt = 1; attempt <= 5; attempt++) {
				browser.open("/connexion")
					.type("email", email)
					.type("password", "mauvais mot de passe")
					.press("Se connecter");
				assertThat(browser.text()).contains("Adresse électronique ou mot de passe incorrect");
			}
			browser.screenshot("fifth-failure");
			browser.open("/connexion").type("email", email).type("password", PASSWORD).press("Se connecter");
			assertThat(browser.path()).startsWith("/connexion?erreur");
			browser.screenshot("locked-even-with-the-right-password");
		}
		assertThat(TestMail.subject(TestMail.last(email))).isEqualTo("Votre compte Chorale est verrouillé");
	}

	private static void start(Browser browser, String email, String siret) throws IOException {
		browser.open("/inscription").type("loginEmail", email).type("siret", siret).screenshot("start");
		browser.press("Valider").screenshot("started");
	}

	private static void person(Browser browser, String firstName, String lastName) throws IOException {
		browser.type("firstName", firstName).type("lastName", lastName).clickLabelFor("termsAccepted1");
		browser.screenshot("person").press("Continuer");
	}

	private static void activate(Browser browser, String email) throws IOException {
		activateWith(browser, TestMail.link(email));
	}

	private static void activateWith(Browser browser, String link) throws IOException {
		browser.open(link).screenshot("activation");
		browser.type("password", PASSWORD)
			.type("confirmation", PASSWORD)
			.select("secretQuestion", "PREMIER_ANIMAL")
			.type("secretAnswer", "Médor")
			.press("Activer mon compte");
	}

	private long pendingRequest() {
		return this.jdbc.sql("select id from membership where status = 'EN_COURS_DE_VALIDATION'")
			.query(Long.class)
			.single();
	}

}
