package org.chorale.espd;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.shared.Siret;
import org.chorale.structure.AccessRight;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work area "DUME" through its pages: a supplier imports a buyer's request (4.1.0 or
 * 2.1.1), answers it, downloads versions of its XML that validate, its answers carry over
 * to the next request; a generic and a simplified ESPD; the company profile; hostile
 * files refused with nothing saved; and the area's rights.
 */
@ChoraleTest
class EspdPagesTests {

	static final String C1_ANSWER = "C1_EG_crime-org/QG1/Q1";

	static final String C1_DATE = "C1_EG_crime-org/QG1/QSG1/Q1";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	String manager;

	StructureId supplier;

	String base;

	@BeforeEach
	void aSupplierWithItsDumeArea() {
		TestPeople.none(this.jdbc);
		this.manager = TestPeople.email("gerante");
		this.supplier = TestStructures.company(this.context, new Siret("40999900000014"), "PAPETERIE TEST",
				this.manager, EnumSet.of(WorkArea.FACTURES_EMISES, WorkArea.DUME));
		this.base = "/structures/" + this.supplier.value() + "/dume";
	}

	@Test
	void aSupplierAnswersABuyersRequestAndDownloadsVersionsThatValidate() throws Exception {
		String response = importFile(EspdDocumentsTests.example("/espd/criteria-4.1.0.xml"));
		String page = page(get(response));
		assertThat(page).contains("Partie III : motifs d&#39;exclusion", "Participation à une organisation criminelle",
				"Votre réponse", "PP.20170419.1024-9");
		Map<String, Object> refused = flash(post(response + "/xml"));
		assertThat(page(get(response).flashAttrs(refused))).contains("Remplissez la partie VI");

		act(post(response).param("q." + C1_ANSWER, "true")
			.param("q." + C1_DATE, "2024-03-01")
			.param("place", "Paris")
			.param("declaredOn", "2026-12-02"));
		byte[] first = exportXml(response);
		assertThat(EspdSchemas.responseProblems(first)).isEmpty();
		EspdDocument read = EspdReader.read(first);
		assertThat(read.answers()).containsEntry(C1_ANSWER, "true").containsEntry(C1_DATE, "2024-03-01");
		assertThat(read.operatorName()).hasValue("PAPETERIE TEST");
		byte[] second = exportXml(response);
		assertThat(new String(second, StandardCharsets.UTF_8)).contains(
				"<cbc:PreviousVersionID schemeAgencyID=\"OP\" schemeVersionID=\"4.1.0\">" + read.uuid().orElseThrow());
		assertThat(page(get(response))).contains("Version 2 exportée", "Version 1 exportée");

		String again = importFile(first);
		assertThat(answers(again)).isEqualTo(answers(response));
	}

	@Test
	void aPublicStructureDraftsARequestThatASupplierAnswers() throws Exception {
		String mayor = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret("21999900000017"),
				"COMMUNE DE DEMOVILLE", mayor, EnumSet.of(WorkArea.DUME));
		String desk = "/structures/" + commune.value() + "/dume";
		assertThat(this.mvc.perform(get(desk + "/demandes/nouvelle").with(as(mayor)))
			.andReturn()
			.getResponse()
			.getContentAsString())
			.contains("Participation à une organisation criminelle", "Chiffre d’affaires annuel général");
		String refused = this.mvc
			.perform(post(desk + "/demandes").param("title", "Fournitures scolaires 2027")
				.param("reference", "DEMO-2027-01")
				.param("procedureCode", "open")
				.with(as(mayor))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Choisissez au moins un critère");
		this.mvc
			.perform(post(desk + "/demandes").param("title", "Fournitures scolaires 2027")
				.param("reference", "DEMO-2027-01")
				.param("procedureCode", "open")
				.param("criteria", EspdDocumentsTests.CRIME_ORG, EspdDocumentsTests.GENERAL_TURNOVER)
				.with(as(mayor))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long request = this.jdbc.sql("select id from espd_request where structure_id = :s")
			.param("s", commune.value())
			.query(Long.class)
			.single();
		byte[] xml = this.mvc.perform(get(desk + "/demandes/" + request + "/xml").with(as(mayor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(EspdSchemas.requestProblems(xml)).isEmpty();
		assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("ISO 9001", "[Register Name]",
				"PP.20170419");
		EspdDocument read = EspdReader.read(xml);
		assertThat(read.request()).isTrue();
		assertThat(read.buyerName()).hasValue("COMMUNE DE DEMOVILLE");
		assertThat(read.criteria()).extracting(Criterion::id)
			.containsExactly(EspdDocumentsTests.CRIME_ORG, EspdDocumentsTests.GENERAL_TURNOVER);

		String response = importFile(xml);
		assertThat(page(get(response))).contains("COMMUNE DE DEMOVILLE", "DEMO-2027-01", "Fournitures scolaires 2027",
				"Chiffre d’affaires annuel général");
		act(post(response).param("place", "Paris").param("declaredOn", "2026-12-02"));
		byte[] answered = exportXml(response);
		assertThat(EspdSchemas.responseProblems(answered)).isEmpty();
		assertThat(EspdReader.read(answered).contractFolderId()).isEqualTo("DEMO-2027-01");
		this.mvc.perform(get(this.base + "/demandes/nouvelle").with(as(this.manager)))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePrintedEspdShowsPartsOneToSixWithTheAnswers() throws Exception {
		String response = importFile(EspdDocumentsTests.example("/espd/criteria-4.1.0.xml"));
		act(post(response).param("q." + C1_ANSWER, "true")
			.param("q." + C1_DATE, "2024-03-01")
			.param("place", "Rennes")
			.param("declaredOn", "2026-12-02"));
		byte[] pdf = download(response + "/pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Document unique de marché européen (DUME)", "Partie I", "PAPETERIE TEST",
					"Partie III : motifs d'exclusion", "Participation à une organisation criminelle", "Votre réponse",
					"Oui", "2024-03-01", "Partie VI : déclarations finales", "Rennes");
		}
	}

	@Test
	void aTwoOneOneRequestIsAnsweredWithTheAnswersGivenBefore() throws Exception {
		String earlier = importFile(EspdDocumentsTests.example("/espd/criteria-4.1.0.xml"));
		act(post(earlier).param("q." + C1_ANSWER, "true").param("place", "Paris").param("declaredOn", "2026-12-01"));

		String response = importFile(EspdDocumentsTests.example("/espd/BASIC-ESPDRequest-2.1.1.xml"));
		assertThat(page(get(response))).contains("2.1.1", "Participation à une organisation criminelle");
		EspdDocument request = EspdReader.read(EspdDocumentsTests.example("/espd/BASIC-ESPDRequest-2.1.1.xml"));
		String firstQuestion = request.criteria().get(0).questions().get(0).id();
		assertThat(answers(response)).containsEntry(firstQuestion, "true");
		act(post(response).param("place", "Lyon").param("declaredOn", "2026-12-02"));
		byte[] xml = exportXml(response);
		assertThat(EspdSchemas.responseProblems(xml)).isEmpty();
		assertThat(EspdReader.read(xml).answers()).containsEntry(firstQuestion, "true");
	}

	@Test
	void aGenericAndASimplifiedEspdAskWhatTheyNeed() throws Exception {
		String generic = redirect(post(this.base + "/generique"));
		assertThat(page(get(generic))).contains("DUME générique", "Assurance contre les risques professionnels")
			.doesNotContain("ISO 9001", "[Register Name]", "PP.20170419.1024-9");
		String simplified = redirect(post(this.base + "/generique").param("simplified", "true"));
		assertThat(page(get(simplified)))
			.contains("DUME simplifié", "Chiffre d’affaires annuel général", "Effectif moyen annuel",
					"Participation à une organisation criminelle")
			.doesNotContain("Assurance contre les risques professionnels");
		act(post(simplified).param("place", "Paris").param("declaredOn", "2026-12-02"));
		byte[] xml = exportXml(simplified);
		assertThat(EspdSchemas.responseProblems(xml)).isEmpty();
		assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("PP.20170419", "[Additional information");
		assertThat(EspdReader.read(xml).criteria()).hasSize(26);
	}

	@Test
	void theCompanyProfileStartsFromTheStructureAndGoesIntoTheExport() throws Exception {
		assertThat(page(get(this.base + "/profil"))).contains("value=\"PAPETERIE TEST\"", "value=\"40999900000014\"");
		act(post(this.base + "/profil").param("name", "PAPETERIE TEST")
			.param("identifier", "40999900000014")
			.param("country", "FRA")
			.param("size", "small")
			.param("representatives[0].firstName", "Claire")
			.param("representatives[0].familyName", "DUPONT")
			.param("representatives[0].position", "Gérante"));
		String generic = redirect(post(this.base + "/generique"));
		act(post(generic).param("place", "Paris").param("declaredOn", "2026-12-02"));
		String xml = new String(exportXml(generic), StandardCharsets.UTF_8);
		assertThat(xml).contains("<cbc:FamilyName>DUPONT</cbc:FamilyName>", ">small</cbc:IndustryClassificationCode>");
		assertThat(page(post(this.base + "/profil").param("name", "PAPETERIE TEST")
			.param("identifier", "40999900000014")
			.param("size", "géante"))).contains("Choisissez une taille de la liste");
		assertThat(page(post(this.base + "/profil").param("name", "PAPETERIE TEST")
			.param("identifier", "40999900000014")
			.param("representatives[1].firstName", "Paul")))
			.contains("Le représentant n° 2 demande un prénom et un nom");
		assertThat(page(post(this.base + "/profil").param("name", "PAPETERIE TEST")
			.param("identifier", "40999900000014")
			.param("country", "fr"))).contains("Le pays s&#39;écrit en trois lettres majuscules");
	}

	@Test
	void theProfileOfAStructureWithASiretComesFromTheSireneRegister() throws Exception {
		org.chorale.sirene.SireneManagement sirene = this.context.getBean(org.chorale.sirene.SireneManagement.class);
		org.chorale.sirene.TestRegister.featured(sirene);
		org.chorale.sirene.Establishment registered = sirene.find(new Siret("12345678200010")).orElseThrow();
		String owner = TestPeople.email("dirigeant");
		StructureId structure = TestStructures.company(this.context, new Siret("12345678200010"), "NOM SAISI A LA MAIN",
				owner, EnumSet.of(WorkArea.DUME));
		String profile = this.mvc.perform(get("/structures/" + structure.value() + "/dume/profil").with(as(owner)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(profile)
			.contains(org.springframework.web.util.HtmlUtils.htmlEscape(registered.legalName().orElseThrow()),
					registered.address().orElseThrow().postalCode())
			.doesNotContain("NOM SAISI A LA MAIN");
	}

	@Test
	void amountsAndNumbersAreTakenAsTypedInFrench() throws Exception {
		String response = redirect(post(this.base + "/generique"));
		String turnover = EspdReader.read(EspdDocumentsTests.example("/espd/criteria-4.1.0.xml"))
			.criteria()
			.stream()
			.filter(c -> c.id().equals(EspdDocumentsTests.GENERAL_TURNOVER))
			.flatMap(c -> c.questions().stream())
			.filter(q -> q.dataType().equals("AMOUNT"))
			.findFirst()
			.orElseThrow()
			.id();
		act(post(response).param("q." + turnover, "1 500 000,50").param("c." + turnover, "eur"));
		assertThat(answers(response)).containsEntry(turnover, "1500000.50 EUR");
	}

	@Test
	void anAnswerSentFromAPageReadBeforeSomeoneElseSavedIsRefused() throws Exception {
		String response = importFile(EspdDocumentsTests.example("/espd/criteria-4.1.0.xml"));
		act(post(response).param("version", "0").param("q." + C1_ANSWER, "true"));
		assertThat(page(post(response).param("version", "0").param("q." + C1_ANSWER, "false")))
			.contains("Ce DUME a été modifié entre-temps");
		assertThat(answers(response)).containsEntry(C1_ANSWER, "true");
	}

	@Test
	void anAnswerOfTheWrongTypeIsRefusedAndNothingIsSaved() throws Exception {
		String response = importFile(EspdDocumentsTests.example("/espd/criteria-4.1.0.xml"));
		String page = page(post(response).param("q." + C1_DATE, "01/03/2024").param("place", "Paris"));
		assertThat(page).contains("« 01/03/2024 » n&#39;est pas une date", "value=\"01/03/2024\"");
		assertThat(answers(response)).doesNotContainKey(C1_DATE);
	}

	@Test
	void hostileOrForeignFilesAreRefusedWithNothingSaved() throws Exception {
		for (String xml : new String[] {
				"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
				"<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>", "pas du XML" }) {
			Map<String, Object> refused = flash(multipart(this.base + "/import")
				.file(new MockMultipartFile("file", "demande.xml", "application/xml", xml.getBytes())));
			assertThat(refused).containsKey("refusal");
		}
		assertThat(page(get(this.base).flashAttrs(flash(
				multipart(this.base + "/import").file(new MockMultipartFile("file", "demande.xml", "application/xml",
						"<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>".getBytes()))))))
			.contains("n&#39;est pas un DUME");
		byte[] huge = new byte[EspdManagement.MAX_DOCUMENT + 1];
		java.util.Arrays.fill(huge, (byte) ' ');
		assertThat(page(get(this.base).flashAttrs(flash(multipart(this.base + "/import")
			.file(new MockMultipartFile("file", "demande.xml", "application/xml", huge)))))).contains("dépasse 10 Mo");
		assertThat(this.jdbc.sql("select count(*) from espd_response").query(Integer.class).single()).isZero();
	}

	@Test
	void theAreaIsForItsMembersAndConsultationOnlyReads() throws Exception {
		String response = importFile(EspdDocumentsTests.example("/espd/criteria-4.1.0.xml"));
		String reader = TestPeople.email("lecteur");
		TestStructures.member(this.context, this.supplier, reader,
				Map.of(WorkArea.DUME, AccessRight.CONSULTATION_UNIQUEMENT));
		assertThat(this.mvc.perform(get(response).with(as(reader))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		this.mvc.perform(post(response).param("place", "Nice").with(as(reader)).with(csrf()))
			.andExpect(status().isForbidden());
		String stranger = TestPeople.email("autre");
		TestStructures.company(this.context, new Siret("40999900000022"), "CONCURRENT SA", stranger,
				EnumSet.of(WorkArea.DUME));
		this.mvc.perform(get(response).with(as(stranger))).andExpect(status().isForbidden());
	}

	private Map<String, String> answers(String response) {
		long id = Long.parseLong(response.substring(response.lastIndexOf('/') + 1));
		return this.context.getBean(EspdResponses.class).find(this.supplier.value(), id).orElseThrow().answers();
	}

	private String importFile(byte[] xml) throws Exception {
		return redirect(multipart(this.base + "/import")
			.file(new MockMultipartFile("file", "demande.xml", "application/xml", xml)));
	}

	/** Exports the response's saved answers as XML, as its page's button does. */
	private byte[] exportXml(String response) throws Exception {
		return this.mvc.perform(post(response + "/xml").with(as(this.manager)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private byte[] download(String path) throws Exception {
		return this.mvc.perform(get(path).with(as(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private String redirect(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(as(this.manager)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private void act(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		redirect(request);
	}

	private Map<String, Object> flash(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(as(this.manager)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap();
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(as(this.manager)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor as(String who) {
		return user(this.users.loadUserByUsername(who));
	}

}
