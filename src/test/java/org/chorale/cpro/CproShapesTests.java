package org.chorale.cpro;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.invoice.TestInvoices;
import org.chorale.shared.Siret;
import org.chorale.sirene.SireneManagement;
import org.chorale.sirene.TestRegister;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each operation's request, as Chorus Pro connectors send it (Go's clients send
 * {@code ""}, {@code 0} and {@code null} for what they leave empty, and RFC 3339 for a
 * date), replayed against Chorale; each answer must have the fields those connectors
 * decode, with the JSON type (and date format) they decode them as. The cases are in
 * {@code cpro/shapes.json}.
 */
@ChoraleTest
class CproShapesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Connections connections;

	@Test
	void everyOperationAnswersInTheShapeConnectorsDecode() throws Exception {
		CproApiTests.emptyPlatform(this.context);
		TestRegister.featured(this.context.getBean(SireneManagement.class));
		Map<String, CproClient> clients = Map.of("supplier",
				connected("40999900000014", EnumSet.of(WorkArea.FACTURES_EMISES)), "recipient",
				connected(CproApiTests.DEMOVILLE, EnumSet.of(WorkArea.FACTURES_RECUES)), "validator",
				connected("40999900000022", EnumSet.of(WorkArea.FACTURES_A_VALIDER)));
		CproClient supplier = clients.get("supplier");
		String flow = supplier
			.post("/cpro/factures/v1/deposer/flux", Map.of("fichierFlux", invoice("SHAPE-1"), "nomFichier", "f.xml",
					"syntaxeFlux", "IN_DP_E1_UBL_INVOICE"))
			.text("/numeroFluxDepot");
		processed(supplier, flow);
		long invoice = supplier.post("/cpro/factures/v1/rechercher/fournisseur", Map.of("numeroFluxDepot", flow))
			.number("/listeFactures/0/identifiantFactureCPP");
		long recipient = supplier
			.post("/cpro/transverses/v1/rechercher/destinataire", Map.of("identifiant", CproApiTests.DEMOVILLE))
			.number("/listeDestinataires/0/idStructureCPP");
		long service = supplier.post("/cpro/structures/v1/rechercher/services", Map.of("idStructure", recipient))
			.number("/listeServices/0/idService");
		Map<String, String> values = Map.of("${flow}", flow, "${invoice}", Long.toString(invoice), "${recipient}",
				Long.toString(recipient), "${service}", Long.toString(service), "${recipientSiret}",
				CproApiTests.DEMOVILLE, "${invoiceFile}", invoice("SHAPE-2"), "${pdfFile}",
				Base64.getEncoder()
					.encodeToString(TestInvoices.pdf("Facture n° SHAPE-PDF", "SIRET 219 999 000 00017",
							"Total TTC 120,00 EUR")));

		JsonNode cases;
		try (InputStream in = getClass().getResourceAsStream("/cpro/shapes.json")) {
			cases = JSON.readTree(in);
		}
		for (JsonNode shape : cases) {
			String operation = shape.get("operation").asString();
			CproClient client = clients.get(shape.get("as").asString());
			CproClient.Answer answer = "GET".equals(shape.path("method").asString("POST"))
					? client.get(shape.get("path").asString()) : client.post(shape.get("path").asString(),
							substitute(shape.get("request").toString(), values), Map.of());
			assertThat(answer.status()).as(operation + ": " + answer.json()).isEqualTo(200);
			for (Map.Entry<String, JsonNode> field : shape.get("fields").properties()) {
				JsonNode value = answer.json().at(pointer(field.getKey()));
				assertThat(matches(value, field.getValue().asString()))
					.as("%s: %s should be %s in %s", operation, field.getKey(), field.getValue().asString(),
							answer.json())
					.isTrue();
			}
			if (operation.equals("deposerFluxFacture")) {
				processed(supplier, answer.text("/numeroFluxDepot"));
			}
		}
	}

	private CproClient connected(String siret, EnumSet<WorkArea> areas) throws Exception {
		String manager = TestPeople.email("gestionnaire");
		areas.add(WorkArea.RACCORDEMENTS);
		StructureId structure = siret.equals(CproApiTests.DEMOVILLE)
				? TestStructures.publicStructure(this.context, new Siret(siret), "COMMUNE DE DEMOVILLE", manager, areas)
				: TestStructures.company(this.context, new Siret(siret), "SOCIETE " + siret, manager, areas);
		AccountId managerId = TestStructures.person(this.context, manager);
		Connections.Credentials client = this.connections.createClient(managerId, structure, "Connecteur");
		Connections.Credentials technical = this.connections.createTechnicalAccount(managerId, structure);
		return new CproClient(this.port, technical.login(), technical.secret()).authenticate(client.login(),
				client.secret());
	}

	private static String invoice(String number) {
		return Base64.getEncoder()
			.encodeToString(TestInvoices.ubl(number, "40999900000014", CproApiTests.DEMOVILLE, "ECOLES", "", "A1"));
	}

	/** Waits for the flow to be processed, so that the next test starts from no work. */
	private static void processed(CproClient supplier, String flow) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			String state = supplier.post("/cpro/transverses/v1/consulterCR", Map.of("numeroFluxDepot", flow))
				.text("/etatCourantFlux");
			if (!List.of("IN_RECU", "IN_EN_COURS_TRAITEMENT").contains(state)) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Flow " + flow + " not processed after 60 s");
	}

	private static String substitute(String json, Map<String, String> values) {
		String result = json;
		for (Map.Entry<String, String> value : values.entrySet()) {
			String quoted = "\"" + value.getKey() + "\"";
			boolean number = value.getValue().matches("\\d+") && !value.getKey().equals("${recipientSiret}");
			result = result.replace(quoted, number ? value.getValue() : "\"" + value.getValue() + "\"");
		}
		return result;
	}

	/** {@code a.b[0].c} as a JSON pointer. */
	private static String pointer(String path) {
		return "/" + path.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
	}

	private static boolean matches(JsonNode value, String type) {
		if (value.isMissingNode() || value.isNull()) {
			return false;
		}
		return switch (type) {
			case "string" -> value.isString();
			case "number" -> value.isNumber();
			case "boolean" -> value.isBoolean();
			case "array" -> value.isArray();
			case "base64" -> value.isString() && Base64.getDecoder().decode(value.asString()).length > 0;
			case "date" -> value.isString() && parses(() -> LocalDate.parse(value.asString()));
			case "rfc3339" -> value.isString() && parses(() -> OffsetDateTime.parse(value.asString()));
			case "minutes" -> value.isString()
					&& parses(() -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").parse(value.asString()));
			default -> throw new IllegalArgumentException("Unknown type " + type);
		};
	}

	private static boolean parses(Runnable parse) {
		try {
			parse.run();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
