package org.chorale.directory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.account.AccountManagement;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.sirene.SireneManagement;
import org.chorale.sirene.TestRegister;
import org.chorale.structure.AccessRight;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureKind;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory's pages: the search suppliers run, the entry a public structure's manager
 * maintains, its commitments, as each kind of visitor sees them.
 */
@ChoraleTest
class DirectoryPagesTests {

	static final StructureIdentifier DEMOVILLE = StructureIdentifier.of(new Siret("21999900000017"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DirectoryAdministration administration;

	@Autowired
	Directory directory;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	StructureManagement structures;

	@Autowired
	SireneManagement sirene;

	@BeforeEach
	void featuredDirectory() throws Exception {
		TestPeople.none(this.jdbc);
		TestDirectory.featured(this.jdbc, this.administration);
	}

	@Test
	void anyoneFindsARecipientByWordsSiretOrPostalCodeAndSeesWhatItRequires() throws Exception {
		this.mvc.perform(get("/annuaire").param("q", "hospitalier démoville"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CENTRE HOSPITALIER DE DEMOVILLE")))
			.andExpect(content().string(containsString("Code service ou n° d&#39;engagement")))
			.andExpect(content().string(not(containsString("COMMUNE DE DEMOVILLE"))));
		this.mvc.perform(get("/annuaire").param("q", "119 999 001 00017"))
			.andExpect(content().string(containsString("ADMINISTRATION CENTRALE")))
			.andExpect(content().string(containsString("Code service obligatoire")))
			.andExpect(content().string(containsString("N° d&#39;engagement obligatoire")));
		this.mvc.perform(get("/annuaire").param("q", "45999"))
			.andExpect(content().string(containsString("COMMUNE DE DEMOVILLE")))
			.andExpect(content().string(containsString("UNIVERSITE DE DEMOVILLE")))
			.andExpect(content().string(containsString("Maître d&#39;ouvrage uniquement")));
		this.mvc.perform(get("/annuaire").param("q", "fictiville").param("lang", "en"))
			.andExpect(content().string(containsString("COMMUNE DE FICTIVILLE")))
			.andExpect(content().string(containsString("Inactive")));
		this.mvc.perform(get("/annuaire").param("q", "nulle part"))
			.andExpect(content().string(containsString("Aucune structure publique ne correspond à « nulle part »")));
	}

	@Test
	void aSupplierChecksAServiceCodeAndCommitmentNumberBeforeDepositing() throws Exception {
		long ministry = this.directory.recipient(StructureIdentifier.of(new Siret("11999900100017"))).get().id();
		this.mvc.perform(get("/annuaire/" + ministry).param("serviceCode", "").param("commitmentNumber", ""))
			.andExpect(content().string(containsString("Une facture ainsi adressée serait refusée")))
			.andExpect(content().string(containsString(
					"MINISTERE DE LA DEMONSTRATION PUBLIQUE - ADMINISTRATION CENTRALE exige un code service")))
			.andExpect(content().string(containsString("exige un numéro d&#39;engagement juridique")));
		this.mvc
			.perform(get("/annuaire/" + ministry).param("serviceCode", "daf").param("commitmentNumber", "1300012345"))
			.andExpect(content().string(containsString("serait acceptée et transmise au service DAF")));
		this.mvc
			.perform(get("/annuaire/" + ministry).param("serviceCode", "NOUVEAU_SERVICE")
				.param("commitmentNumber", "1")
				.param("lang", "en"))
			.andExpect(content().string(containsString(
					"Service NOUVEAU_SERVICE of MINISTERE DE LA DEMONSTRATION PUBLIQUE - ADMINISTRATION CENTRALE does not receive invoices on this date.")));
		this.mvc.perform(get("/annuaire/" + ministry).param("services", "d"))
			.andExpect(content().string(containsString("Direction des affaires financières")))
			.andExpect(content().string(not(containsString("Secrétariat général"))));
		this.mvc.perform(get("/annuaire/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void thePrimaryManagerOfAPublicStructureSetsItsParametersAndServices() throws Exception {
		String manager = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret("21999900000017"),
				"COMMUNE DE DEMOVILLE", manager, EnumSet.of(WorkArea.FACTURES_RECUES));
		RequestPostProcessor gp = signedIn(manager);
		String page = "/structures/" + commune.value() + "/annuaire";
		this.mvc.perform(get(page).with(gp))
			.andExpect(content().string(containsString("Code service obligatoire")))
			.andExpect(content().string(containsString("TECHNIQUE")));

		this.mvc
			.perform(post(page + "/parametres").with(gp)
				.with(csrf())
				.param("serviceRequired", "true")
				.param("active", "true")
				.param("paymentStatusReported", "true"))
			.andExpect(redirectedUrl(page));
		assertThat(this.directory.route(routing("", "")).problems()).extracting(RoutingProblem::refusal)
			.containsExactly(RoutingRefusal.SERVICE_REQUIRED);

		this.mvc
			.perform(post(page + "/services").with(gp)
				.with(csrf())
				.param("code", "Cantine")
				.param("name", "Restauration scolaire")
				.param("active", "true")
				.param("commitmentRequired", "true"))
			.andExpect(redirectedUrl(page));
		assertThat(this.directory.route(routing("cantine", "")).problems()).extracting(RoutingProblem::refusal)
			.containsExactly(RoutingRefusal.COMMITMENT_REQUIRED_BY_SERVICE);
		this.mvc
			.perform(post(page + "/services").with(gp)
				.with(csrf())
				.param("code", "CANTINE")
				.param("name", "Doublon")
				.param("active", "true"))
			.andExpect(content().string(containsString("Le service CANTINE existe déjà")));

		long cantine = this.jdbc.sql("SELECT id FROM recipient_service WHERE code = 'CANTINE'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post(page + "/services/" + cantine).with(gp)
				.with(csrf())
				.param("name", "Restauration scolaire")
				.param("startDate", "2026-09-01")
				.param("endDate", "2026-07-01"))
			.andExpect(content().string(containsString("La date de fin précède la date de début")));
		this.mvc
			.perform(post(page + "/services/" + cantine).with(gp)
				.with(csrf())
				.param("name", "Restauration scolaire")
				.param("endDate", "2020-07-01")
				.param("active", "true"))
			.andExpect(redirectedUrl(page));
		assertThat(this.directory.route(routing("CANTINE", "EJ-1")).problems()).extracting(RoutingProblem::refusal)
			.containsExactly(RoutingRefusal.SERVICE_INACTIVE);
	}

	@Test
	void othersMayNotTouchTheDirectoryEntry() throws Exception {
		String manager = TestPeople.email("maire");
		String colleague = TestPeople.email("agent");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret("21999900000017"),
				"COMMUNE DE DEMOVILLE", manager, EnumSet.of(WorkArea.FACTURES_RECUES));
		TestStructures.member(this.context, commune, colleague,
				Map.of(WorkArea.FACTURES_RECUES, AccessRight.MODIFICATION));
		String page = "/structures/" + commune.value() + "/annuaire";
		this.mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/connexion"));
		this.mvc.perform(get(page).with(signedIn(colleague))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(page + "/parametres").with(signedIn(colleague))
				.with(csrf())
				.param("serviceRequired", "true")
				.param("active", "true"))
			.andExpect(status().isForbidden());
		String stranger = TestPeople.email("autre");
		TestStructures.person(this.context, stranger);
		this.mvc.perform(get(page).with(signedIn(stranger))).andExpect(status().isForbidden());
		assertThat(this.directory.route(routing("", "")).accepted()).isTrue();
	}

	@Test
	void aPublicStructureOutsideTheDirectoryPublishesItself() throws Exception {
		String manager = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret("21999902600020"),
				"COMMUNE D UTOPIA LES BAINS", manager, EnumSet.of(WorkArea.FACTURES_RECUES));
		String page = "/structures/" + commune.value() + "/annuaire";
		this.mvc.perform(get(page).with(signedIn(manager)))
			.andExpect(content().string(containsString("Publier dans l&#39;annuaire")));
		this.mvc.perform(post(page + "/publication").with(signedIn(manager)).with(csrf()))
			.andExpect(redirectedUrl(page));
		RoutingDecision decision = this.directory
			.route(new RoutingRequest(StructureIdentifier.of(new Siret("21999902600020")), Optional.empty(),
					Optional.empty(), Optional.empty(), LocalDate.now()));
		assertThat(decision.destination().get().serviceCode()).contains("FACTURES_PUBLIQUES");
	}

	@Test
	void theFirstPersonOfAPublicBodyFromSireneManagesItsDirectoryEntry() throws Exception {
		TestRegister.featured(this.sirene);
		String email = TestPeople.email("presidente");
		StructureView university = signUp("19999900400013", email, "FACTURES_RECUES");
		assertThat(university.kind()).isEqualTo(StructureKind.PUBLIQUE);
		this.mvc.perform(get("/structures/" + university.id().value() + "/annuaire").with(signedIn(email)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Numéro d&#39;engagement obligatoire")));

		String supplier = TestPeople.email("fournisseur");
		StructureView papeterie = signUp("12345678200010", supplier, "FACTURES_EMISES");
		assertThat(papeterie.kind()).isEqualTo(StructureKind.PRIVEE);
		this.mvc.perform(get("/structures/" + papeterie.id().value() + "/annuaire").with(signedIn(supplier)))
			.andExpect(status().isForbidden());
	}

	@Test
	void commitmentsRegisteredInTheirWorkAreaBecomeTheOnlyOnesInvoicesMayGive() throws Exception {
		String manager = TestPeople.email("maire");
		String reader = TestPeople.email("lecteur");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret("21999900000017"),
				"COMMUNE DE DEMOVILLE", manager, EnumSet.of(WorkArea.FACTURES_RECUES, WorkArea.ENGAGEMENTS));
		TestStructures.member(this.context, commune, reader,
				Map.of(WorkArea.ENGAGEMENTS, AccessRight.CONSULTATION_UNIQUEMENT));
		String page = "/structures/" + commune.value() + "/engagements";
		assertThat(this.directory.route(routing("", "EJ-LIBRE")).accepted()).isTrue();

		this.mvc
			.perform(post(page).with(signedIn(manager))
				.with(csrf())
				.param("number", "2026-EJ-0001")
				.param("supplierSiret", "123 456 782 00010")
				.param("amount", "15 000,50")
				.param("startDate", "2026-01-01"))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(signedIn(reader)))
			.andExpect(content().string(containsString("2026-EJ-0001")))
			.andExpect(content().string(containsString("15 000,50 €")))
			.andExpect(content().string(not(containsString("Enregistrer l&#39;engagement"))));
		this.mvc
			.perform(post(page).with(signedIn(reader))
				.with(csrf())
				.param("number", "2026-EJ-0002")
				.param("supplierSiret", "12345678200010")
				.param("amount", "1")
				.param("startDate", "2026-01-01"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(page).with(signedIn(manager))
				.with(csrf())
				.param("number", "2026-EJ-0001")
				.param("supplierSiret", "12345678200011")
				.param("amount", "-3")
				.param("startDate", ""))
			.andExpect(content().string(containsString("Montant positif en euros")))
			.andExpect(content().string(containsString("Ce champ est obligatoire")));

		assertThat(this.directory.route(routing("", "EJ-LIBRE")).problems()).extracting(RoutingProblem::refusal)
			.containsExactly(RoutingRefusal.COMMITMENT_UNKNOWN);
		assertThat(this.directory.route(routing("", "2026-EJ-0001")).accepted()).isTrue();

		long commitment = this.jdbc.sql("SELECT id FROM commitment").query(Long.class).single();
		this.mvc
			.perform(post(page + "/" + commitment + "/statut").with(signedIn(manager))
				.with(csrf())
				.param("status", "CLOTURE"))
			.andExpect(redirectedUrl(page));
		assertThat(this.directory.route(routing("", "2026-EJ-0001")).problems()).extracting(RoutingProblem::refusal)
			.containsExactly(RoutingRefusal.COMMITMENT_CLOSED);

		String outsider = TestPeople.email("dehors");
		TestStructures.member(this.context, commune, outsider,
				Map.of(WorkArea.FACTURES_RECUES, AccessRight.MODIFICATION));
		this.mvc.perform(get(page).with(signedIn(outsider))).andExpect(status().isForbidden());
	}

	@Test
	void onlyAdministratorsExportTheDirectory() throws Exception {
		String person = TestPeople.email("quelqu.un");
		TestStructures.person(this.context, person);
		this.mvc.perform(get("/administration/annuaire").with(signedIn(person))).andExpect(status().isForbidden());
		this.mvc.perform(get("/administration/annuaire/export").with(signedIn(person)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorExportsTheDirectoryAndFollowsAnImportToItsReport() throws Exception {
		String admin = TestPeople.email("admin");
		TestStructures.person(this.context, admin);
		this.accounts.assign(new EmailAddress(admin), org.chorale.account.Operator.ADMINISTRATOR, true);
		this.mvc.perform(get("/administration/annuaire").with(signedIn(admin)))
			.andExpect(content().string(containsString("11 structures (10 actives)")));

		MvcResult streaming = this.mvc.perform(get("/administration/annuaire/export").with(signedIn(admin)))
			.andExpect(MockMvcResultMatchers.request().asyncStarted())
			.andReturn();
		byte[] exported = this.mvc.perform(asyncDispatch(streaming))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("annuaire-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(exported))) {
			assertThat(zip.getNextEntry().getName()).isEqualTo("structures.csv");
			assertThat(zip.getNextEntry().getName()).isEqualTo("services.csv");
		}

		String job = this.mvc
			.perform(multipart("/administration/annuaire/import")
				.file(new MockMultipartFile("file", "annuaire.zip", "application/zip", exported))
				.with(signedIn(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(progressUntilDone(job, admin)).contains("Import terminé")
			.contains("Structures : 11 (0 ajoutées, 0 modifiées, 11 inchangées)");

		String broken = this.mvc.perform(multipart("/administration/annuaire/import")
			.file(new MockMultipartFile("file", "casse.csv", "text/csv",
					"TypeIdentifiant;Identifiant\n".getBytes(StandardCharsets.UTF_8)))
			.with(signedIn(admin))
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(progressUntilDone(broken, admin))
			.contains("L&#39;import a échoué ; l&#39;annuaire n&#39;a pas été modifié.")
			.contains("casse.csv, ligne 1 : en-tête non reconnu");
	}

	/** Polls the import's progress as the page does, until it shows an outcome. */
	private String progressUntilDone(String job, String admin) throws Exception {
		for (int attempt = 0; attempt < 100; attempt++) {
			String progress = this.mvc.perform(get(job + "/progress").with(signedIn(admin)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!progress.contains("hx-trigger")) {
				return progress;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The import did not finish in 10 s");
	}

	/**
	 * Goes through the sign-up pages with this SIRET, SIRENE's details and one work area.
	 */
	private StructureView signUp(String siret, String email, String workArea) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(post("/inscription").session(session)
				.with(csrf())
				.param("loginEmail", email)
				.param("withoutSiret", "false")
				.param("siret", siret))
			.andExpect(redirectedUrl("/inscription/structure"));
		this.mvc
			.perform(post("/inscription/structure").session(session)
				.with(csrf())
				.param("name", "STRUCTURE")
				.param("addressLine", "1 RUE")
				.param("postalCode", "45999")
				.param("city", "DEMOVILLE")
				.param("addressCountry", "FR")
				.param("firstName", "Anne")
				.param("lastName", "MARTIN")
				.param("contactEmail", email)
				.param("termsAccepted", "true"))
			.andExpect(redirectedUrl("/inscription/espaces"));
		this.mvc.perform(post("/inscription/espaces").session(session).with(csrf()).param("workAreas", workArea))
			.andExpect(status().is2xxSuccessful());
		return this.structures.find(StructureIdentifier.of(new Siret(siret))).orElseThrow();
	}

	private RoutingRequest routing(String serviceCode, String commitmentNumber) {
		return new RoutingRequest(DEMOVILLE, Optional.of(serviceCode), Optional.of(commitmentNumber),
				Optional.of(StructureIdentifier.of(new Siret("12345678200010"))), LocalDate.now());
	}

	private RequestPostProcessor signedIn(String email) {
		return user(this.users.loadUserByUsername(email));
	}

}
