package org.chorale.notification;

import java.time.Duration;
import java.util.EnumSet;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestMail;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.invoice.InvoiceProcessing;
import org.chorale.invoice.InvoiceStatus;
import org.chorale.invoice.TestInvoices;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * E-mails about invoices as each person chose: the supplier hears of each status change
 * right away, the recipient of new invoices in the daily digest, either may choose
 * otherwise.
 */
@ChoraleTest
class InvoiceMailsTests {

	static final String DEMOVILLE = "21999900000017";

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

	@Autowired
	Digests digests;

	TestInvoices.Supplier fixture;

	String supplierManager;

	StructureId supplier;

	String mayor;

	StructureId commune;

	@BeforeEach
	void supplierAndCommune() throws Exception {
		this.fixture = TestInvoices.supplier(this.context, "fournisseur");
		this.supplierManager = this.fixture.manager();
		this.supplier = this.fixture.id();
		this.mayor = TestPeople.email("maire");
		this.commune = TestStructures.publicStructure(this.context, new Siret(DEMOVILLE), "COMMUNE DE DEMOVILLE",
				this.mayor, EnumSet.of(WorkArea.FACTURES_RECUES));
		this.jdbc.sql("TRUNCATE notification_preference, notification_digest_line").update();
	}

	@Test
	void theSupplierHearsOfEachStatusChangeRightAwayWithTheRecipientsComment() throws Exception {
		long invoice = integrated("F-2026-801");
		this.processing.process(account(this.mayor), this.commune, invoice, InvoiceStatus.SUSPENDUE,
				"Joindre le bon de livraison signé.", null);
		MimeMessage mail = TestMail.withSubject(this.supplierManager, "Facture F-2026-801 : Suspendue");
		assertThat(TestMail.body(mail)).contains("COMMUNE DE DEMOVILLE", "« Suspendue »",
				"Joindre le bon de livraison signé.",
				"/structures/" + this.supplier.value() + "/factures-emises/" + invoice);
	}

	@Test
	void theRecipientHearsOfNewInvoicesInTheDailyDigestUnlessItChoseEachTime() throws Exception {
		integrated("F-2026-802");
		waitForDigestLines(1);
		assertThat(TestMail.to(this.mayor, 0)).isEmpty();
		this.digests.sendAll();
		MimeMessage digest = TestMail.withSubject(this.mayor, "Chorale : votre résumé du jour");
		assertThat(TestMail.body(digest)).contains("Facture reçue F-2026-802 de PAPETERIE TEST (1200.00 EUR)");
		assertThat(this.jdbc.sql("select count(*) from notification_digest_line").query(Integer.class).single())
			.isZero();

		this.mvc.perform(post("/mon-compte/notifications").param("NEW_INVOICES", "IMMEDIATE")
			.param("INVOICE_STATUS", "NONE")
			.with(user(this.users.loadUserByUsername(this.mayor)))
			.with(csrf()));
		long invoice = integrated("F-2026-803");
		assertThat(TestMail.body(TestMail.withSubject(this.mayor, "Nouvelle facture F-2026-803 de PAPETERIE TEST")))
			.contains("COMMUNE DE DEMOVILLE a reçu la facture F-2026-803");

		this.mvc.perform(post("/mon-compte/notifications").param("INVOICE_STATUS", "NONE")
			.with(user(this.users.loadUserByUsername(this.supplierManager)))
			.with(csrf()));
		this.processing.process(account(this.mayor), this.commune, invoice, InvoiceStatus.SERVICE_FAIT, null, null);
		Thread.sleep(Duration.ofSeconds(1).toMillis());
		assertThat(TestMail.to(this.supplierManager, 0)).extracting(TestMail::subject)
			.doesNotContain("Facture F-2026-803 : Service fait");
	}

	private void waitForDigestLines(int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.jdbc.sql("select count(*) from notification_digest_line").query(Integer.class).single() < count
				&& System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	private long integrated(String number) throws InterruptedException {
		return TestInvoices.integrated(this.context, this.fixture, number);
	}

	private AccountId account(String email) {
		return this.accounts.find(new EmailAddress(email)).orElseThrow().id();
	}

}
