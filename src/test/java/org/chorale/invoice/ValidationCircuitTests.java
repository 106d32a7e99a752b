package org.chorale.invoice;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.invoice.validation.Finding;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subcontractors' (A9) and co-contractors' (A12) invoices go first to the structure that
 * validates them, in its "Factures à valider": approved, they reach their recipient;
 * refused, they end there; unanswered for 15 days, they are approved tacitly.
 */
@ChoraleTest
class ValidationCircuitTests {

	static final String MAIN_CONTRACTOR = "40999900000022";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	InvoiceManagement invoices;

	@Autowired
	InvoiceProcessing processing;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	TestInvoices.Supplier subcontractor;

	String contractorManager;

	StructureId contractor;

	String mayor;

	StructureId commune;

	@BeforeEach
	void subcontractorContractorAndCommune() throws Exception {
		this.subcontractor = TestInvoices.supplier(this.context, "sous-traitant");
		this.contractorManager = TestPeople.email("titulaire");
		this.contractor = TestStructures.company(this.context, new Siret(MAIN_CONTRACTOR), "TITULAIRE BTP",
				this.contractorManager, EnumSet.of(WorkArea.FACTURES_EMISES, WorkArea.FACTURES_A_VALIDER));
		this.mayor = TestPeople.email("maire");
		this.commune = TestStructures.publicStructure(this.context, new Siret(DepositTests.DEMOVILLE),
				"COMMUNE DE DEMOVILLE", this.mayor, EnumSet.of(WorkArea.FACTURES_RECUES));
	}

	@Test
	void theMainContractorApprovesAndOnlyThenTheRecipientSeesTheInvoice() throws Exception {
		long invoice = deposited("ST-2026-1");
		assertThat(statusOf(invoice)).isEqualTo("A_VALIDER_1");
		String received = "/structures/" + this.commune.value() + "/factures-recues";
		this.mvc.perform(get(received).with(as(this.mayor)))
			.andExpect(content().string(not(containsString("ST-2026-1"))));
		this.mvc.perform(get(received + "/" + invoice).with(as(this.mayor))).andExpect(status().isForbidden());

		String toValidate = "/structures/" + this.contractor.value() + "/factures-a-valider";
		this.mvc.perform(get(toValidate).with(as(this.contractorManager)))
			.andExpect(content().string(containsString("ST-2026-1")))
			.andExpect(content().string(containsString("À valider : 1")));
		this.mvc
			.perform(post(toValidate + "/" + invoice + "/traitement").param("status", "VALIDEE_1")
				.with(as(this.contractorManager))
				.with(csrf()))
			.andExpect(redirectedUrl(toValidate + "/" + invoice));

		assertThat(statusOf(invoice)).isEqualTo("MISE_A_DISPOSITION");
		this.mvc.perform(get(received).with(as(this.mayor)))
			.andExpect(content().string(containsString("ST-2026-1")))
			.andExpect(content().string(containsString("Mise à disposition : 1")));
		assertThat(history(invoice)).containsExactly("DEPOSEE", "A_VALIDER_1", "VALIDEE_1", "MISE_A_DISPOSITION");
		TestInvoices.countsMatchTheInvoices(this.jdbc);
	}

	@Test
	void aRefusalNeedsAReasonEndsTheInvoiceAndTheSubcontractorReadsIt() throws Exception {
		long invoice = deposited("ST-2026-2");
		AccountId contractor = account(this.contractorManager);
		assertThatThrownBy(
				() -> this.processing.validate(contractor, this.contractor, invoice, InvoiceStatus.REFUSEE_1, " "))
			.isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> this.processing.validate(account(this.mayor), this.commune, invoice,
				InvoiceStatus.VALIDEE_1, null))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		this.processing.validate(contractor, this.contractor, invoice, InvoiceStatus.REFUSEE_1,
				"Travaux non réalisés à cette date.");
		assertThat(statusOf(invoice)).isEqualTo("REFUSEE_1");
		this.mvc
			.perform(get("/structures/" + this.subcontractor.id().value() + "/factures-emises/" + invoice)
				.with(as(this.subcontractor.manager())))
			.andExpect(content().string(containsString("Refusée par le valideur")))
			.andExpect(content().string(containsString("Travaux non réalisés à cette date.")));
		this.mvc
			.perform(get("/structures/" + this.commune.value() + "/factures-recues/" + invoice).with(as(this.mayor)))
			.andExpect(status().isForbidden());
		TestInvoices.countsMatchTheInvoices(this.jdbc);
	}

	@Test
	void withoutAnAnswerInFifteenDaysTheInvoiceIsApprovedTacitly() throws Exception {
		long late = deposited("ST-2026-3");
		long recent = deposited("ST-2026-4");
		this.jdbc.sql("update invoice set status_at = status_at - interval '16 days' where id = :id")
			.param("id", late)
			.update();
		assertThat(this.processing.approveTacitly()).isEqualTo(1);
		assertThat(statusOf(late)).isEqualTo("MISE_A_DISPOSITION");
		assertThat(statusOf(recent)).isEqualTo("A_VALIDER_1");
		assertThat(history(late)).containsExactly("DEPOSEE", "A_VALIDER_1", "ABSENCE_VALIDATION_1_HORS_DELAI",
				"MISE_A_DISPOSITION");
		TestInvoices.countsMatchTheInvoices(this.jdbc);
	}

	@Test
	void aSubcontractorsInvoiceWithoutItsValidatorIsRefusedAtDeposit() throws Exception {
		AccountId account = account(this.subcontractor.manager());
		DepositReceipt receipt = this.invoices.deposit(account, this.subcontractor.id(), DepositChannel.UPLOAD_PORTAIL,
				"st.xml",
				TestInvoices.ubl("ST-2026-5", DepositTests.SUPPLIER, DepositTests.DEMOVILLE, "ECOLES", "", "A9"));
		TestInvoices.finished(this.invoices, account, this.subcontractor.id(), receipt.id());
		List<DepositFileView> report = this.invoices.report(account, this.subcontractor.id(), receipt.id());
		assertThat(report.get(0).findings().stream().filter(Finding::error).map(Finding::rule))
			.containsExactly("CHORALE-VALIDEUR");
	}

	private long deposited(String number) throws InterruptedException {
		return TestInvoices.integrated(this.context, this.subcontractor, number, "A9",
				Optional.of(new Siret(MAIN_CONTRACTOR)));
	}

	private String statusOf(long invoice) {
		return this.jdbc.sql("select status from invoice where id = :id")
			.param("id", invoice)
			.query(String.class)
			.single();
	}

	private List<String> history(long invoice) {
		return this.jdbc.sql("select status from invoice_status_change where invoice_id = :id order by rank")
			.param("id", invoice)
			.query(String.class)
			.list();
	}

	private AccountId account(String email) {
		return this.accounts.find(new EmailAddress(email)).orElseThrow().id();
	}

	private RequestPostProcessor as(String email) {
		return user(this.users.loadUserByUsername(email));
	}

}
