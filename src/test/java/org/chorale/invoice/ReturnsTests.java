package org.chorale.invoice;

import org.chorale.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The three returns to the supplier: recycle an invoice with wrong recipient data,
 * complete a suspended one with documents, acknowledge a rejection; and the window that
 * lists them at sign-in, mandatory after seven days.
 */
@ChoraleTest
class ReturnsTests {

	static final String HOSPITAL = "26999900900013";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	InvoiceProcessing processing;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	TestInvoices.Supplier fixture;

	String supplierManager;

	StructureId supplier;

	StructureId commune;

	AccountId mayor;

	String mayorEmail;

	String issued;

	@BeforeEach
	void supplierCommuneAndDirectory() throws Exception {
		this.fixture = TestInvoices.supplier(this.context, "fournisseur");
		this.supplierManager = this.fixture.manager();
		this.supplier = this.fixture.id();
		this.mayorEmail = TestPeople.email("maire");
		this.commune = TestStructures.publicStructure(this.context, new Siret(DepositTests.DEMOVILLE),
				"COMMUNE DE DEMOVILLE", this.mayorEmail, EnumSet.of(WorkArea.FACTURES_RECUES));
		this.mayor = account(this.mayorEmail);
		this.issued = "/structures/" + this.supplier.value() + "/factures-emises/";
	}

	@Test
	void anInvoiceToRecycleIsCorrectedKeepsItsNumberAndGoesToItsNewRecipient() throws Exception {
		long invoice = integrated("F-2026-701");
		this.processing.process(this.mayor, this.commune, invoice, InvoiceStatus.A_RECYCLER,
				"Cette facture est pour le centre hospitalier.", null);
		this.mvc.perform(get(this.issued + invoice).with(as(this.supplierManager)))
			.andExpect(content().string(containsString("Recycler la facture")))
			.andExpect(content().string(containsString("221 Erreur de routage")));

		this.mvc
			.perform(post(this.issued + invoice + "/recyclage").param("recipientSiret", HOSPITAL)
				.with(as(this.supplierManager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CENTRE HOSPITALIER DE DEMOVILLE exige un code service")));
		this.mvc
			.perform(post(this.issued + invoice + "/recyclage").param("recipientSiret", HOSPITAL)
				.param("commitmentNumber", "EJ-2026-42")
				.with(as(this.supplierManager))
				.with(csrf()))
			.andExpect(redirectedUrl(this.issued + invoice));
		assertThat(this.jdbc
			.sql("select number || ' ' || recipient || ' ' || commitment_number || ' ' || status " + "from invoice")
			.query(String.class)
			.single()).isEqualTo("F-2026-701 " + HOSPITAL + " EJ-2026-42 MISE_A_DISPOSITION");
		this.mvc.perform(get("/structures/" + this.commune.value() + "/factures-recues").with(as(this.mayorEmail)))
			.andExpect(content().string(not(containsString("F-2026-701"))));
		this.mvc.perform(get(this.issued + invoice).with(as(this.supplierManager)))
			.andExpect(content().string(containsString("CENTRE HOSPITALIER DE DEMOVILLE")))
			.andExpect(content().string(not(containsString("Recycler la facture"))));
		TestInvoices.countsMatchTheInvoices(this.jdbc);
	}

	@Test
	void aSuspendedInvoiceIsCompletedWithDocumentsAndGoesBackToTheRecipient() throws Exception {
		long invoice = integrated("F-2026-702");
		this.processing.process(this.mayor, this.commune, invoice, InvoiceStatus.SUSPENDUE,
				"Joindre le bon de livraison signé.", null);
		this.mvc.perform(multipart(this.issued + invoice + "/completion").with(as(this.supplierManager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Joignez au moins une pièce justificative")));
		byte[] note = "%PDF-1.4\n% bon signé\n".getBytes(StandardCharsets.US_ASCII);
		this.mvc
			.perform(multipart(this.issued + invoice + "/completion")
				.file(new MockMultipartFile("attachments", "bon-signe.pdf", "application/pdf", note))
				.param("comment", "Voici le bon signé.")
				.with(as(this.supplierManager))
				.with(csrf()))
			.andExpect(redirectedUrl(this.issued + invoice));
		String received = "/structures/" + this.commune.value() + "/factures-recues/" + invoice;
		this.mvc.perform(get(received).with(as(this.mayorEmail)))
			.andExpect(content().string(containsString("209 Complétée")))
			.andExpect(content().string(containsString("Voici le bon signé.")))
			.andExpect(content().string(containsString("bon-signe.pdf")));
		this.mvc.perform(get(received + "/pieces-jointes/" + Sha256.hex(note)).with(as(this.mayorEmail)))
			.andExpect(content().bytes(note));
		this.processing.process(this.mayor, this.commune, invoice, InvoiceStatus.SERVICE_FAIT, null, null);
		TestInvoices.countsMatchTheInvoices(this.jdbc);
	}

	@Test
	void aRejectionIsListedAtSignInAcknowledgedAndThenNoLonger() throws Exception {
		long invoice = integrated("F-2026-703");
		this.processing.process(this.mayor, this.commune, invoice, InvoiceStatus.REJETEE,
				"Mauvais cadre de facturation.", null);
		this.mvc
			.perform(formLogin("/connexion").userParameter("email")
				.user(this.supplierManager)
				.password(TestStructures.PASSWORD))
			.andExpect(redirectedUrl("/acquittements"));
		this.mvc.perform(get("/acquittements").with(as(this.supplierManager)))
			.andExpect(content().string(containsString("F-2026-703")))
			.andExpect(content().string(containsString("Mauvais cadre de facturation.")))
			.andExpect(content().string(containsString("Plus tard")));
		this.mvc.perform(get(this.issued + invoice).with(as(this.supplierManager)))
			.andExpect(content().string(containsString("Le destinataire a rejeté cette facture")));

		this.mvc.perform(post("/acquittements").param("all", "true").with(as(this.supplierManager)).with(csrf()))
			.andExpect(redirectedUrl("/mon-espace"));
		assertThat(this.jdbc.sql("select action from invoice_action").query(String.class).single())
			.isEqualTo("ACQUITTEMENT_REJET");
		this.mvc
			.perform(formLogin("/connexion").userParameter("email")
				.user(this.supplierManager)
				.password(TestStructures.PASSWORD))
			.andExpect(redirectedUrl("/mon-espace"));
		this.mvc.perform(get(this.issued + invoice).with(as(this.supplierManager)))
			.andExpect(content().string(not(containsString("Le destinataire a rejeté cette facture"))));
	}

	@Test
	void afterSevenDaysAcknowledgingComesBeforeDepositing() throws Exception {
		long invoice = integrated("F-2026-704");
		this.processing.process(this.mayor, this.commune, invoice, InvoiceStatus.SUSPENDUE, "Pièces manquantes.", null);
		this.jdbc.sql("update invoice set status_at = status_at - interval '8 days'").update();
		String deposit = "/structures/" + this.supplier.value() + "/factures/depot";
		this.mvc.perform(get(deposit).with(as(this.supplierManager))).andExpect(redirectedUrl("/acquittements"));
		this.mvc.perform(get("/acquittements").with(as(this.supplierManager)))
			.andExpect(content().string(containsString("plus de 7 jours")))
			.andExpect(content().string(not(containsString("Plus tard"))));
		this.mvc.perform(get(this.issued + invoice).with(as(this.supplierManager))).andExpect(status().isOk());
		this.mvc
			.perform(post("/acquittements").param("selected", String.valueOf(invoice))
				.with(as(this.supplierManager))
				.with(csrf()))
			.andExpect(redirectedUrl("/mon-espace"));
		this.mvc.perform(get(deposit).with(as(this.supplierManager))).andExpect(status().isOk());
	}

	private long integrated(String number) throws InterruptedException {
		return TestInvoices.integrated(this.context, this.fixture, number);
	}

	private AccountId account(String email) {
		return this.accounts.find(new EmailAddress(email)).orElseThrow().id();
	}

	private RequestPostProcessor as(String email) {
		return user(this.users.loadUserByUsername(email));
	}

}
