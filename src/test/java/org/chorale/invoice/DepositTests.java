package org.chorale.invoice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.invoice.validation.Finding;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.account.AccountManagement;
import org.chorale.structure.AccessRight;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deposits through the file channel, from the upload to the report: each invoice
 * integrated or rejected with the platform rule it breaks, named in words.
 */
@ChoraleTest
class DepositTests {

	static final String SUPPLIER = "40999900000014";

	static final String OTHER_SUPPLIER = "40999900000022";

	static final String DEMOVILLE = "21999900000017";

	static final String MINISTRY = "11999900100017";

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

	String manager;

	StructureId supplier;

	@BeforeEach
	void supplierAndDirectory() throws Exception {
		TestInvoices.Supplier supplier = TestInvoices.supplier(this.context, "fournisseur");
		this.manager = supplier.manager();
		this.supplier = supplier.id();
	}

	@Test
	void anInvoiceFileIsAcknowledgedThenIntegratedAndRoutedToItsService() throws Exception {
		byte[] invoice = TestInvoices.ubl("F-2026-001", SUPPLIER, DEMOVILLE, "ECOLES", "", "A1");
		MvcResult result = this.mvc
			.perform(multipart("/structures/" + this.supplier.value() + "/factures/depot")
				.file(new MockMultipartFile("file", "facture.xml", "text/xml", invoice))
				.with(signedIn(this.manager))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String flow = result.getResponse().getRedirectedUrl();
		DepositView deposit = finished(Long.parseLong(flow.substring(flow.lastIndexOf('/') + 1)));

		assertThat(deposit.status()).isEqualTo(DepositStatus.IN_INTEGRE);
		assertThat(deposit.number()).matches("CHO\\d{10}");
		this.mvc.perform(get(flow).with(signedIn(this.manager)))
			.andExpect(content().string(containsString("Certificat de dépôt")))
			.andExpect(content().string(containsString(deposit.sha256())))
			.andExpect(content().string(containsString("Intégré")))
			.andExpect(content().string(containsString("eu.cen.en16931:ubl:1.3.16")));
		assertThat(this.jdbc.sql("select recipient_name || ' / ' || service_code || ' / ' || status from invoice")
			.query(String.class)
			.single()).isEqualTo("COMMUNE DE DEMOVILLE / ECOLES / MISE_A_DISPOSITION");
		this.mvc
			.perform(get(flow + "/documents/" + deposit.sha256()).param("name", "facture.xml")
				.with(signedIn(this.manager)))
			.andExpect(content().bytes(invoice));
	}

	@Test
	void aBatchIsPartlyIntegratedAndItsReportNamesEachRejectedInvoicesRule() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("1-bonne.xml", TestInvoices.ubl("F-1", SUPPLIER, DEMOVILLE, "", "", "A1"));
		files.put("2-sans-service.xml", TestInvoices.ubl("F-2", SUPPLIER, MINISTRY, "", "", "A1"));
		files.put("3-autre-vendeur.xml", TestInvoices.ubl("F-3", OTHER_SUPPLIER, DEMOVILLE, "", "", "A1"));
		files.put("4-cadre.xml", TestInvoices.ubl("F-4", SUPPLIER, DEMOVILLE, "", "", "A99"));
		files.put("5-inconnu.xml", TestInvoices.ubl("F-5", SUPPLIER, "21999999900010", "", "", "A1"));
		files.put("6-doctype.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><Invoice/>".getBytes());
		files.put("7-doublon.xml", TestInvoices.ubl("F-1", SUPPLIER, DEMOVILLE, "", "", "A1"));
		DepositReceipt receipt = deposit("lot.zip", TestInvoices.zip(files));
		assertThat(receipt.files()).hasSize(8);

		DepositView deposit = finished(receipt.id());
		assertThat(deposit.status()).isEqualTo(DepositStatus.IN_INTEGRE_PARTIEL);
		assertThat(deposit.integratedCount()).isEqualTo(1);
		List<DepositFileView> report = this.invoices.report(account(), this.supplier, receipt.id());
		assertThat(rules(report.get(0))).isEmpty();
		assertThat(rules(report.get(1))).containsExactly("CHORALE-SERVICE-REQUIRED", "CHORALE-COMMITMENT-REQUIRED");
		assertThat(rules(report.get(2))).containsExactly("CHORALE-EMETTEUR");
		assertThat(rules(report.get(3))).containsExactly("CHORALE-CADRE");
		assertThat(rules(report.get(4))).containsExactly("CHORALE-RECIPIENT-UNKNOWN");
		assertThat(rules(report.get(5))).containsExactly("CHORALE-FICHIER");
		assertThat(rules(report.get(6))).containsExactly("CHORALE-DOUBLON");
		assertThat(report.get(6).findings().get(0).fr()).contains("F-1", deposit.number());

		this.mvc
			.perform(get("/structures/" + this.supplier.value() + "/flux/" + receipt.id()).with(signedIn(this.manager))
				.param("lang", "en"))
			.andExpect(content().string(containsString("Partly integrated")))
			.andExpect(content().string(containsString("BT-10 Buyer reference")))
			.andExpect(content().string(containsString("The invoice&#39;s seller (SIRET " + OTHER_SUPPLIER)))
			.andExpect(content().string(containsString("The file declares a DOCTYPE")));
		this.mvc.perform(get("/structures/" + this.supplier.value() + "/flux").with(signedIn(this.manager)))
			.andExpect(content().string(containsString(deposit.number())))
			.andExpect(content().string(containsString("Intégré partiellement")));
	}

	@Test
	void theCenExamplesMadeRoutableAreIntegratedAsOneBatchSaveThoseThePlatformRulesRefuse() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<byte[]> examples = RoutableExamples.all(SUPPLIER, DEMOVILLE);
		for (int i = 0; i < examples.size(); i++) {
			files.put("exemple-" + (i + 1) + ".xml", RoutableExamples.numbered(examples.get(i), "CEN-" + (i + 1)));
		}
		DepositView deposit = finished(deposit("cen.zip", TestInvoices.zip(files)).id());

		assertThat(deposit.fileCount()).isEqualTo(34);
		List<DepositFileView> report = this.invoices.report(account(), this.supplier, deposit.id());
		assertThat(report.stream().filter(f -> !f.integrated()).map(f -> f.fileName() + " " + rules(f)))
			.containsExactly("exemple-9.xml [CHORALE-AVOIR]", "exemple-22.xml [CHORALE-ECHEANCE]",
					"exemple-33.xml [CHORALE-ECHEANCE]");
		assertThat(deposit.integratedCount()).isEqualTo(31);
	}

	@Test
	void anArchiveThatPointsOutsideItselfIsRefusedWholeAndNothingIsDeposited() throws Exception {
		byte[] archive = TestInvoices
			.zip(Map.of("../../etc/facture.xml", TestInvoices.ubl("F-9", SUPPLIER, DEMOVILLE, "", "", "A1")));
		this.mvc
			.perform(multipart("/structures/" + this.supplier.value() + "/factures/depot")
				.file(new MockMultipartFile("file", "lot.zip", "application/zip", archive))
				.with(signedIn(this.manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"l&#39;entrée « ../../etc/facture.xml » désigne un emplacement hors de l&#39;archive")));
		assertThat(this.jdbc.sql("select count(*) from deposit").query(Integer.class).single()).isZero();
	}

	@Test
	void aZipBombStopsAtTheSizeLimit() {
		byte[] zeros = new byte[11 * 1024 * 1024];
		byte[] bomb = TestInvoices.zip(Map.of("bombe.xml", zeros));
		assertThat(bomb.length).isLessThan(100_000);
		assertThatThrownBy(() -> deposit("bombe.zip", bomb)).isInstanceOf(Refusal.class)
			.hasMessageContaining("bombe.xml dépasse 10 Mo");
	}

	@Test
	void onlyMembersWithTheModificationRightDepositAndOthersSeeNothing() throws Exception {
		String reader = TestPeople.email("lecteur");
		TestStructures.member(this.context, this.supplier, reader,
				Map.of(WorkArea.FACTURES_EMISES, AccessRight.CONSULTATION_UNIQUEMENT));
		AccountId readerId = this.accounts.find(new EmailAddress(reader)).orElseThrow().id();
		byte[] invoice = TestInvoices.ubl("F-1", SUPPLIER, DEMOVILLE, "", "", "A1");
		assertThatThrownBy(
				() -> this.invoices.deposit(readerId, this.supplier, DepositChannel.UPLOAD_PORTAIL, "f.xml", invoice))
			.isInstanceOf(AccessDeniedException.class);
		DepositReceipt receipt = deposit("f.xml", invoice);
		this.mvc.perform(get("/structures/" + this.supplier.value() + "/flux/" + receipt.id()).with(signedIn(reader)))
			.andExpect(status().isOk());

		String stranger = TestPeople.email("autre");
		StructureId other = TestStructures.supplier(this.context, new Siret(OTHER_SUPPLIER), "AUTRE", stranger);
		this.mvc.perform(get("/structures/" + this.supplier.value() + "/flux/" + receipt.id()).with(signedIn(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/structures/" + other.value() + "/flux/" + receipt.id()).with(signedIn(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/structures/" + this.supplier.value() + "/flux/" + receipt.id()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anyoneChecksAFileWithoutDepositingIt() throws Exception {
		byte[] invoice = TestInvoices.ubl("F-1", SUPPLIER, MINISTRY, "DAF", "", "A1");
		this.mvc
			.perform(multipart("/verifier-une-facture")
				.file(new MockMultipartFile("file", "facture.xml", "text/xml", invoice))
				.with(csrf()))
			.andExpect(content().string(containsString("Non valide")))
			.andExpect(content().string(containsString("BT-13 Référence de la commande")))
			.andExpect(content().string(containsString("exige un numéro d&#39;engagement juridique")));
		assertThat(this.jdbc.sql("select count(*) from deposit").query(Integer.class).single()).isZero();
	}

	private DepositReceipt deposit(String name, byte[] content) {
		return this.invoices.deposit(account(), this.supplier, DepositChannel.UPLOAD_PORTAIL, name, content);
	}

	private DepositView finished(long id) throws InterruptedException {
		return TestInvoices.finished(this.invoices, account(), this.supplier, id);
	}

	private static List<String> rules(DepositFileView file) {
		return file.findings().stream().filter(Finding::error).map(Finding::rule).toList();
	}

	private AccountId account() {
		return this.accounts.find(new EmailAddress(this.manager)).orElseThrow().id();
	}

	private RequestPostProcessor signedIn(String email) {
		return user(this.users.loadUserByUsername(email));
	}

}
