package org.chorale.invoice;

import org.chorale.shared.Sha256;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.account.AccountManagement;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may see and do what with an invoice, as a matrix: every page and action of the
 * invoice after its deposit (its documents included), for its supplier, another supplier,
 * its recipient, another recipient and an anonymous visitor; every cell asserted. Refused
 * actions change nothing.
 */
@ChoraleTest
class InvoiceAccessMatrixTests {

	enum Actor {

		OWNER, OTHER_SUPPLIER, RECIPIENT, OTHER_RECIPIENT, ANONYMOUS

	}

	/**
	 * What a cell expects: the page, a redirection after an action, a refusal, sign-in.
	 */
	enum Answer {

		PAGE, DONE, FORBIDDEN, SIGN_IN

	}

	static final byte[] NOTE = "%PDF-1.4\n% bon\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	static final String NOTE_SHA256 = Sha256.hex(NOTE);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	InvoiceManagement invoices;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void everyPageAndActionAnswersEachPartyAsItShould() throws Exception {
		TestInvoices.Supplier supplier = TestInvoices.supplier(this.context, "fournisseur");
		String otherSupplierManager = TestPeople.email("autre-fournisseur");
		StructureId otherSupplier = TestStructures.supplier(this.context, new Siret(DepositTests.OTHER_SUPPLIER),
				"AUTRE FOURNISSEUR", otherSupplierManager);
		String mayor = TestPeople.email("maire");
		StructureId commune = TestStructures.publicStructure(this.context, new Siret(DepositTests.DEMOVILLE),
				"COMMUNE DE DEMOVILLE", mayor, EnumSet.of(WorkArea.FACTURES_RECUES));
		String otherMayor = TestPeople.email("autre-maire");
		StructureId otherCommune = TestStructures.publicStructure(this.context, new Siret("21999901800019"),
				"COMMUNE DE FICTIVILLE", otherMayor, EnumSet.of(WorkArea.FACTURES_RECUES));
		Map<Actor, String> people = Map.of(Actor.OWNER, supplier.manager(), Actor.OTHER_SUPPLIER, otherSupplierManager,
				Actor.RECIPIENT, mayor, Actor.OTHER_RECIPIENT, otherMayor);
		long invoice = integrated(supplier);

		String received = "/structures/" + commune.value() + "/factures-recues";
		String issued = "/structures/" + supplier.id().value() + "/factures-emises";
		String otherReceived = "/structures/" + otherCommune.value() + "/factures-recues";
		String otherIssued = "/structures/" + otherSupplier.value() + "/factures-emises";
		Map<String, Row> rows = new LinkedHashMap<>();
		rows.put("received list",
				row(() -> get(received), Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.PAGE, Answer.FORBIDDEN));
		rows.put("received invoice", row(() -> get(received + "/" + invoice), Answer.FORBIDDEN, Answer.FORBIDDEN,
				Answer.PAGE, Answer.FORBIDDEN));
		rows.put("received original", row(() -> get(received + "/" + invoice + "/original"), Answer.FORBIDDEN,
				Answer.FORBIDDEN, Answer.PAGE, Answer.FORBIDDEN));
		rows.put("received invoice through another recipient", row(() -> get(otherReceived + "/" + invoice),
				Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("issued list",
				row(() -> get(issued), Answer.PAGE, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("issued invoice", row(() -> get(issued + "/" + invoice), Answer.PAGE, Answer.FORBIDDEN,
				Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("issued original", row(() -> get(issued + "/" + invoice + "/original"), Answer.PAGE, Answer.FORBIDDEN,
				Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("received attachment", row(() -> get(received + "/" + invoice + "/pieces-jointes/" + NOTE_SHA256),
				Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.PAGE, Answer.FORBIDDEN));
		rows.put("issued attachment", row(() -> get(issued + "/" + invoice + "/pieces-jointes/" + NOTE_SHA256),
				Answer.PAGE, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN));
		String toValidate = "/structures/" + commune.value() + "/factures-a-valider";
		rows.put("invoices to validate (no one here validates)",
				row(() -> get(toValidate), Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("validate (no one here validates)",
				row(() -> post(toValidate + "/" + invoice + "/traitement").param("status", "VALIDEE_1"),
						Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("invoices to acknowledge",
				row(() -> get("/acquittements"), Answer.PAGE, Answer.PAGE, Answer.PAGE, Answer.PAGE));
		rows.put("issued invoice through another supplier", row(() -> get(otherIssued + "/" + invoice),
				Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("recycle (refused while available)",
				row(() -> post(issued + "/" + invoice + "/recyclage").param("recipientSiret", DepositTests.DEMOVILLE),
						Answer.PAGE, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("complete (refused while available)", row(() -> multipart(issued + "/" + invoice + "/completion"),
				Answer.PAGE, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("acknowledge", row(() -> post("/acquittements").param("selected", String.valueOf(invoice)),
				Answer.DONE, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN));
		rows.put("process a selection",
				row(() -> post(received + "/traitement").param("selected", String.valueOf(invoice))
					.param("status", "PRISE_EN_COMPTE_DESTINATAIRE"), Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.DONE,
						Answer.FORBIDDEN));
		rows.put("process one",
				row(() -> post(received + "/" + invoice + "/traitement").param("status", "SERVICE_FAIT"),
						Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.DONE, Answer.FORBIDDEN));

		SoftAssertions softly = new SoftAssertions();
		int cells = 0;
		for (Map.Entry<String, Row> entry : rows.entrySet()) {
			for (Actor actor : List.of(Actor.ANONYMOUS, Actor.OTHER_RECIPIENT, Actor.OTHER_SUPPLIER, Actor.OWNER,
					Actor.RECIPIENT)) {
				String status = status(invoice);
				AbstractMockHttpServletRequestBuilder<?> request = entry.getValue().request().get();
				request.accept(MediaType.TEXT_HTML);
				request.with(csrf());
				if (actor != Actor.ANONYMOUS) {
					request.with(user(this.users.loadUserByUsername(people.get(actor))));
				}
				MvcResult result = this.mvc.perform(request).andReturn();
				Answer expected = entry.getValue().answers().get(actor);
				softly.assertThat(answer(result)).as(entry.getKey() + " by " + actor).isEqualTo(expected);
				if (expected != Answer.DONE) {
					softly.assertThat(status(invoice))
						.as(entry.getKey() + " by " + actor + " changed nothing")
						.isEqualTo(status);
				}
				cells++;
			}
		}
		softly.assertAll();
		assertThat(cells).isEqualTo(rows.size() * Actor.values().length);
		assertThat(status(invoice)).isEqualTo("SERVICE_FAIT");
	}

	private static Row row(Supplier<AbstractMockHttpServletRequestBuilder<?>> request, Answer owner,
			Answer otherSupplier, Answer recipient, Answer otherRecipient) {
		return new Row(request, Map.of(Actor.OWNER, owner, Actor.OTHER_SUPPLIER, otherSupplier, Actor.RECIPIENT,
				recipient, Actor.OTHER_RECIPIENT, otherRecipient, Actor.ANONYMOUS, Answer.SIGN_IN));
	}

	private static Answer answer(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = String.valueOf(result.getResponse().getRedirectedUrl());
		if (status == 200) {
			return Answer.PAGE;
		}
		if (status == 403) {
			return Answer.FORBIDDEN;
		}
		if (status / 100 == 3) {
			return location.contains("/connexion") ? Answer.SIGN_IN : Answer.DONE;
		}
		throw new AssertionError("Unexpected status " + status);
	}

	private String status(long invoice) {
		return this.jdbc.sql("select status from invoice where id = :id")
			.param("id", invoice)
			.query(String.class)
			.single();
	}

	private long integrated(TestInvoices.Supplier supplier) throws InterruptedException {
		var account = this.accounts.find(new EmailAddress(supplier.manager())).orElseThrow().id();
		DepositReceipt receipt = this.invoices.deposit(account, supplier.id(), DepositChannel.SAISIE_PORTAIL, "f.xml",
				TestInvoices.ubl("F-2026-901", DepositTests.SUPPLIER, DepositTests.DEMOVILLE, "ECOLES", "", "A1"),
				List.of(new Attachment("bon.pdf", "application/pdf", NOTE)), java.util.Optional.empty());
		TestInvoices.finished(this.invoices, account, supplier.id(), receipt.id());
		return this.jdbc.sql("select id from invoice").query(Long.class).single();
	}

	/** A page or an action, and what each party gets. */
	private record Row(Supplier<AbstractMockHttpServletRequestBuilder<?>> request, Map<Actor, Answer> answers) {

	}

}
