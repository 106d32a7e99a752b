package org.chorale.espd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.chorale.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ESPD-EDM examples read, answered and written back: every shipped request imports,
 * every response Chorale writes validates against the 4.1.0 schemas, a 2.1.1 request is
 * answered too, and a response reads back with the same answers; hostile or foreign XML
 * is refused with a reason.
 */
class EspdDocumentsTests {

	static final String CRIME_ORG = "005eb9ed-1347-4ca3-bb29-9bc0db64e1ab";

	static final String GENERAL_TURNOVER = "499efc97-2ac1-4af2-9e84-323c2ca67747";

	static final CompanyProfile PAPETERIE = new CompanyProfile("PAPETERIE DÉMO DES LILAS SAS", "12345678200010",
			"FR32123456782", "12 RUE DES LILAS", "75019", "PARIS", "FRA", "Claire DUPONT", "claire@example.test",
			"01 23 45 67 89", "https://papeterie.example.test", "small",
			List.of(new CompanyProfile.Representative("Claire", "DUPONT", "Présidente")));

	@Test
	void theFourOneZeroRequestImportsWithItsSixtyTwoCriteria() throws IOException {
		EspdDocument request = EspdReader.read(example("/espd/criteria-4.1.0.xml"));
		assertThat(request.request()).isTrue();
		assertThat(request.version()).isEqualTo("4.1.0");
		assertThat(request.contractFolderId()).isEqualTo("PP.20170419.1024-9");
		assertThat(request.criteria()).hasSize(62);
		Criterion crime = criterion(request, CRIME_ORG);
		assertThat(crime.code()).isEqualTo("crime-org");
		assertThat(crime.questions().get(0)).satisfies(q -> {
			assertThat(q.id()).isEqualTo("C1_EG_crime-org/QG1/Q1");
			assertThat(q.dataType()).isEqualTo("INDICATOR");
			assertThat(q.description()).isEqualTo("Your answer");
		});
	}

	@Test
	void aTwoOneOneRequestImportsAndIsAnsweredInFourOneZero() throws IOException {
		EspdDocument request = EspdReader.read(example("/espd/BASIC-ESPDRequest-2.1.1.xml"));
		assertThat(request.version()).isEqualTo("2.1.1");
		assertThat(request.criteria()).extracting(Criterion::id).contains(CRIME_ORG);
		Map<String, String> answers = firstIndicatorsFalse(request);
		byte[] response = write(example("/espd/BASIC-ESPDRequest-2.1.1.xml"), request, answers);
		assertThat(EspdSchemas.responseProblems(response)).isEmpty();
		EspdDocument read = EspdReader.read(response);
		assertThat(read.version()).isEqualTo("4.1.0");
		assertThat(read.request()).isFalse();
		assertThat(read.answers()).isEqualTo(answers);
	}

	@Test
	void aResponseOfEveryTypeOfAnswerValidatesAndReadsBackTheSame() throws IOException {
		byte[] xml = example("/espd/criteria-4.1.0.xml");
		EspdDocument request = EspdReader.read(xml);
		Map<String, String> answers = new LinkedHashMap<>(firstIndicatorsFalse(request));
		for (Criterion criterion : request.criteria()) {
			for (Criterion.Item question : criterion.questions()) {
				answers.putIfAbsent(question.id(), sample(question.dataType()));
			}
		}
		byte[] response = write(xml, request, answers);
		assertThat(EspdSchemas.responseProblems(response)).isEmpty();
		EspdDocument read = EspdReader.read(response);
		assertThat(read.answers()).isEqualTo(answers);
		assertThat(read.operatorName()).hasValue("PAPETERIE DÉMO DES LILAS SAS");
		assertThat(read.criteria()).hasSize(62);
		assertThat(new String(response, StandardCharsets.UTF_8)).contains(
				"<cbc:PreviousVersionID schemeAgencyID=\"OP\" schemeVersionID=\"4.1.0\">11111111-",
				"<cbc:ProfileExecutionID schemeAgencyID=\"OP\" schemeVersionID=\"4.1.0\">ESPD-EDMv4.1.0");
	}

	@Test
	void theSchemasFindWhatAResponseLacks() throws IOException {
		byte[] xml = example("/espd/criteria-4.1.0.xml");
		String response = new String(write(xml, EspdReader.read(xml), Map.of("C1_EG_crime-org/QG1/Q1", "false")),
				StandardCharsets.UTF_8);
		assertThat(EspdSchemas.responseProblems(response.getBytes(StandardCharsets.UTF_8))).isEmpty();
		String withoutFolder = response.replaceAll("<cbc:ContractFolderID[^<]*</cbc:ContractFolderID>", "");
		assertThat(EspdSchemas.responseProblems(withoutFolder.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
		String withoutAnswer = response
			.replaceAll("(?s)<cac:TenderingCriterionResponse>.*</cac:TenderingCriterionResponse>", "");
		assertThat(EspdSchemas.responseProblems(withoutAnswer.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
	}

	@Test
	void theShippedResponseExampleReadsWithItsAnswers() throws IOException {
		EspdDocument response = EspdReader.read(example("/espd/ESPD-Response-4.1.0.xml"));
		assertThat(response.request()).isFalse();
		assertThat(response.answers()).containsEntry("C1_EG_crime-org/QG1/Q1", "true")
			.containsEntry("C1_EG_crime-org/QG1/QSG1/Q1", "2000-01-01");
		assertThat(EspdSchemas.responseProblems(example("/espd/ESPD-Response-4.1.0.xml"))).isEmpty();
	}

	@Test
	void hostileOrForeignXmlIsRefusedWithItsReason() {
		assertThatThrownBy(() -> EspdReader.read("""
				<?xml version="1.0"?>
				<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
				<QualificationApplicationRequest>&e;</QualificationApplicationRequest>""".getBytes()))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.getCodes()).containsExactly("espd.doctype"));
		assertThatThrownBy(() -> EspdReader
			.read("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>".getBytes()))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.getCodes()).containsExactly("espd.wrongRoot"));
		assertThatThrownBy(() -> EspdReader.read(("<QualificationApplicationRequest xmlns=\"" + Ubl.REQUEST
				+ "\" xmlns:cbc=\"" + Ubl.CBC + "\"><cbc:ProfileExecutionID>ESPD-EDMv9.0.0</cbc:ProfileExecutionID>"
				+ "</QualificationApplicationRequest>")
			.getBytes())).isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.getCodes()).containsExactly("espd.unknownVersion"));
		assertThatThrownBy(() -> EspdReader.read("not xml".getBytes())).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.getCodes()).containsExactly("espd.notXml"));
	}

	static byte[] write(byte[] requestXml, EspdDocument request, Map<String, String> answers) {
		return EspdWriter.response(Ubl.parse(requestXml),
				new EspdWriter.Identity("DUME-TEST-1", "22222222-2222-4222-8222-222222222222",
						Optional.of("11111111-1111-4111-8111-111111111111"),
						OffsetDateTime.parse("2026-12-02T10:00:00+01:00")),
				PAPETERIE, request.criteria(), answers);
	}

	static Map<String, String> firstIndicatorsFalse(EspdDocument request) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Criterion criterion : request.criteria()) {
			criterion.questions()
				.stream()
				.filter(q -> q.dataType().equals("INDICATOR"))
				.findFirst()
				.ifPresent(q -> answers.put(q.id(), "false"));
		}
		return answers;
	}

	private static String sample(String type) {
		return switch (type) {
			case "INDICATOR" -> "true";
			case "DATE" -> "2025-06-30";
			case "PERIOD" -> "2025-01-01/2025-12-31";
			case "AMOUNT" -> "150000.00 EUR";
			case "QUANTITY", "QUANTITY_INTEGER", "QUANTITY_YEAR" -> "12";
			case "PERCENTAGE" -> "25";
			case "URL" -> "https://registre.example.test/12345678200010";
			case "CODE_COUNTRY" -> "FRA";
			default -> "Réponse de test";
		};
	}

	private static Criterion criterion(EspdDocument document, String id) {
		return document.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
	}

	/** An ESPD-EDM example: the application's 4.1.0 criteria, or the tests' own. */
	static byte[] example(String resource) throws IOException {
		try (var in = EspdDocumentsTests.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
	}

}
