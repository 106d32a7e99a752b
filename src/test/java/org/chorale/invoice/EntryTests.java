package org.chorale.invoice;

import org.chorale.shared.Sha256;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.account.AccountManagement;
import org.chorale.shared.EmailAddress;
import org.chorale.structure.StructureId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * "Saisir une facture": a draft saved and resumed, field errors, then "Valider et
 * envoyer" with the computed totals, and the Factur-X file Chorale wrote integrated like
 * any other deposit.
 */
@ChoraleTest
class EntryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	InvoiceManagement invoices;

	String manager;

	StructureId supplier;

	String page;

	@BeforeEach
	void supplierAndDirectory() throws Exception {
		TestInvoices.Supplier supplier = TestInvoices.supplier(this.context, "saisie");
		this.manager = supplier.manager();
		this.supplier = supplier.id();
		this.page = "/structures/" + this.supplier.value() + "/factures/saisie";
	}

	@Test
	void aBlankFormProposesTheSuppliersVatNumberAndTheCadres() throws Exception {
		this.mvc.perform(get(this.page).with(signedIn()))
			.andExpect(content().string(containsString("value=\"FR55409999000\"")))
			.andExpect(content().string(containsString("A9 — Facture de sous-traitant")))
			.andExpect(content().string(containsString("value=\"EUR\"")));
	}

	@Test
	void missingFieldsAreNamedAndNothingIsSent() throws Exception {
		this.mvc.perform(form("review").param("recipientSiret", "").param("number", ""))
			.andExpect(content().string(containsString("Ce champ est obligatoire.")))
			.andExpect(content().string(containsString("Saisissez au moins une ligne.")));
		assertThat(this.jdbc.sql("select count(*) from invoice_draft").query(Integer.class).single()).isZero();
	}

	@Test
	void aDraftIsSavedResumedThenSentAsFacturXAndIntegrated() throws Exception {
		String draft = this.mvc.perform(filled("save"))
			.andExpect(redirectedUrlPattern(this.page + "/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(draft).with(signedIn()))
			.andExpect(content().string(containsString("value=\"F-2026-100\"")))
			.andExpect(content().string(containsString("Ramettes A4")));

		long id = Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1));
		this.mvc.perform(filled("review").param("draft", String.valueOf(id)))
			.andExpect(redirectedUrl(draft + "/confirmation"));
		this.mvc.perform(get(draft + "/confirmation").with(signedIn()))
			.andExpect(content().string(containsString("Facture n° F-2026-100 à COMMUNE DE DEMOVILLE")))
			.andExpect(content().string(containsString("1161.15 EUR")))
			.andExpect(content().string(containsString("elle sera acceptée")));
		String flow = this.mvc.perform(post(draft + "/envoi").with(signedIn()).with(csrf()))
			.andExpect(redirectedUrlPattern("/structures/*/flux/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		DepositView deposit = finished(Long.parseLong(flow.substring(flow.lastIndexOf('/') + 1)));
		assertThat(deposit.status()).isEqualTo(DepositStatus.IN_INTEGRE);
		assertThat(deposit.fileName()).isEqualTo("F-2026-100.pdf");
		assertThat(this.jdbc
			.sql("select syntax || ' ' || total_with_vat::numeric(12,2) || ' ' || service_code from invoice")
			.query(String.class)
			.single()).isEqualTo("FACTUR_X 1161.15 ECOLES");
		assertThat(this.jdbc.sql("select count(*) from invoice_draft").query(Integer.class).single()).isZero();
		this.mvc.perform(get(this.page).with(signedIn()))
			.andExpect(content().string(not(containsString("F-2026-100"))));
	}

	@Test
	void attachmentsAreKeptWithTheDraftCheckedByTheirContentAndDepositedWithTheInvoice() throws Exception {
		byte[] deliveryNote = "%PDF-1.4\n% bon de livraison\n".getBytes(StandardCharsets.US_ASCII);
		String draft = this.mvc
			.perform(filled("save")
				.file(new MockMultipartFile("attachments", "bon-de-livraison.pdf", "application/pdf", deliveryNote)))
			.andExpect(redirectedUrlPattern(this.page + "/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String draftId = draft.substring(draft.lastIndexOf('/') + 1);
		this.mvc.perform(get(draft).with(signedIn()))
			.andExpect(content().string(containsString("bon-de-livraison.pdf")))
			.andExpect(content().string(containsString("28 octets")));

		this.mvc
			.perform(filled("addLine").param("draft", draftId)
				.file(new MockMultipartFile("attachments", "photo.png", "image/png", deliveryNote)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Le contenu de la pièce jointe « photo.png » n&#39;est pas celui d&#39;un fichier PNG")));
		this.mvc
			.perform(filled("save").param("draft", draftId)
				.file(new MockMultipartFile("attachments", "outil.exe", "application/octet-stream",
						new byte[] { 'M', 'Z' })))
			.andExpect(content()
				.string(containsString("La pièce jointe « outil.exe » n&#39;est pas d&#39;un type accepté")));
		String csv = Sha256.hex("date;heures\n2026-11-02;7\n".getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(filled("save").param("draft", draftId)
			.file(new MockMultipartFile("attachments", "releve.csv", "text/csv",
					"date;heures\n2026-11-02;7\n".getBytes(StandardCharsets.UTF_8))));
		assertThat(this.jdbc.sql("select string_agg(file_name, ',' order by rank) from draft_attachment")
			.query(String.class)
			.single()).isEqualTo("bon-de-livraison.pdf,releve.csv");
		this.mvc.perform(filled("review").param("draft", draftId).param("removeAttachment", csv))
			.andExpect(redirectedUrl(draft + "/confirmation"));
		this.mvc.perform(get(draft + "/confirmation").with(signedIn()))
			.andExpect(content().string(containsString("bon-de-livraison.pdf")))
			.andExpect(content().string(not(containsString("releve.csv"))));

		String flow = this.mvc.perform(post(draft + "/envoi").with(signedIn()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		DepositView deposit = finished(Long.parseLong(flow.substring(flow.lastIndexOf('/') + 1)));
		assertThat(deposit.status()).isEqualTo(DepositStatus.IN_INTEGRE);
		String sha256 = Sha256.hex(deliveryNote);
		this.mvc.perform(get(flow).with(signedIn()))
			.andExpect(content().string(containsString("Pièce jointe")))
			.andExpect(content().string(containsString("bon-de-livraison.pdf")))
			.andExpect(content().string(containsString(sha256)));
		this.mvc.perform(get(flow + "/documents/" + sha256).param("name", "bon-de-livraison.pdf").with(signedIn()))
			.andExpect(content().bytes(deliveryNote));
		assertThat(this.jdbc.sql("""
				select a.file_name from invoice i
				join deposit_attachment a on a.deposit_id = i.deposit_id and a.position = i.deposit_position""")
			.query(String.class)
			.list()).containsExactly("bon-de-livraison.pdf");
	}

	@Test
	void theRecipientIsSearchedInTheDirectoryWithWhatItRequiresAndItsServices() throws Exception {
		this.mvc.perform(get(this.page + "/destinataires").param("recipientQuery", "demoville").with(signedIn()))
			.andExpect(content().string(containsString("COMMUNE DE DEMOVILLE")))
			.andExpect(content().string(containsString("21999900000017")))
			.andExpect(content().string(containsString("Choisir")));
		this.mvc.perform(get(this.page + "/destinataire").param("siret", "21999900000017").with(signedIn()))
			.andExpect(content().string(containsString("id=\"recipientSiret\"")))
			.andExpect(content().string(containsString("value=\"21999900000017\"")))
			.andExpect(content().string(containsString("ECOLES")));
		this.mvc.perform(get(this.page + "/destinataire").param("siret", "21999999900010").with(signedIn()))
			.andExpect(content().string(containsString("n&#39;est pas dans l&#39;annuaire")));
		this.mvc.perform(get(this.page + "/destinataires").param("recipientQuery", "demoville"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSecondInvoiceOfTheSameNumberIsRefusedBeforeSendingNamingTheFirstDeposit() throws Exception {
		String draft = this.mvc.perform(filled("save")).andReturn().getResponse().getRedirectedUrl();
		String flow = this.mvc.perform(post(draft + "/envoi").with(signedIn()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		DepositView first = finished(Long.parseLong(flow.substring(flow.lastIndexOf('/') + 1)));
		assertThat(first.status()).isEqualTo(DepositStatus.IN_INTEGRE);

		String again = this.mvc.perform(filled("review")).andReturn().getResponse().getRedirectedUrl();
		this.mvc.perform(get(again).with(signedIn()))
			.andExpect(content().string(containsString("serait rejetée")))
			.andExpect(content().string(containsString(first.number())))
			.andExpect(content().string(not(containsString("Confirmer l&#39;envoi</button>"))));
	}

	@Test
	void aRecipientOutsideTheDirectoryIsNamedOnTheForm() throws Exception {
		String confirmation = this.mvc.perform(filled("review", "21999999900010"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(confirmation).with(signedIn()))
			.andExpect(content().string(containsString("value=\"21999999900010\"")))
			.andExpect(content().string(containsString(
					"Le SIRET 21999999900010 n&#39;est pas dans l&#39;annuaire des destinataires publics.")));
	}

	@Test
	void anInvoiceInterruptedByTheNodesStopWaitsForTheNextStartInsteadOfBeingRejected() {
		DepositWorkers workers = this.context.getBean(DepositWorkers.class);
		DepositProcessor processor = this.context.getBean(DepositProcessor.class);
		workers.stop();
		try {
			this.context.getBean(InvoiceSubmissions.class)
				.enter(this.accounts.find(new EmailAddress(this.manager)).orElseThrow().id(), this.supplier,
						new SubmittedInvoice(DepositTests.DEMOVILLE, "ECOLES", null, "A1", "F-STOP-1", false, null,
								TestInvoices.ISSUED, TestInvoices.ISSUED.plusDays(30), "EUR", "30",
								"FR7630006000011234567890189", null, null,
								List.of(new SubmittedInvoice.Line("Ramettes A4", BigDecimal.TEN, "C62",
										new BigDecimal("4.50"), null, "S", new BigDecimal("20"))),
								null, null),
						List.of());
			// a worker whose work fails (its original unreadable, here) after the
			// stop's grace period, once the worker is interrupted
			String original = this.jdbc.sql("select sha256 from deposit_file").query(String.class).single();
			byte[] data = this.jdbc.sql("select content from stored_document where sha256 = :sha256")
				.param("sha256", original)
				.query(byte[].class)
				.single();
			storedContent(original, new byte[0]);
			Thread.currentThread().interrupt();
			try {
				assertThatThrownBy(processor::processWaiting).isInstanceOf(RuntimeException.class);
			}
			finally {
				Thread.interrupted();
			}
			storedContent(original, data);
			assertThat(this.jdbc.sql("select state from deposit_file").query(String.class).single())
				.isEqualTo("EN_ATTENTE");
			assertThat(this.jdbc.sql("select count(*) from deposit_finding").query(Integer.class).single()).isZero();

			assertThat(processor.processWaiting()).isTrue();
			assertThat(this.jdbc.sql("select state from deposit_file").query(String.class).single())
				.isEqualTo("INTEGREE");
		}
		finally {
			workers.start();
		}
	}

	private void storedContent(String sha256, byte[] content) {
		this.jdbc.sql("update stored_document set content = :content where sha256 = :sha256")
			.param("content", content)
			.param("sha256", sha256)
			.update();
	}

	private MockMultipartHttpServletRequestBuilder filled(String action) {
		return filled(action, DepositTests.DEMOVILLE);
	}

	private MockMultipartHttpServletRequestBuilder filled(String action, String recipient) {
		return form(action).param("recipientSiret", recipient)
			.param("serviceCode", "ecoles")
			.param("cadre", "A1")
			.param("number", "F-2026-100")
			.param("issueDate", TestInvoices.ISSUED.toString())
			.param("dueDate", TestInvoices.ISSUED.plusDays(30).toString())
			.param("currency", "EUR")
			.param("paymentMeans", "30")
			.param("iban", "FR76 3000 6000 0112 3456 7890 189")
			.param("sellerVat", "FR55409999000")
			.param("lines[0].description", "Ramettes A4")
			.param("lines[0].quantity", "12")
			.param("lines[0].unit", "C62")
			.param("lines[0].unitPrice", "4.99")
			.param("lines[0].allowance", "")
			.param("lines[0].category", "S")
			.param("lines[0].rate", "20")
			.param("lines[1].description", "Manuels scolaires")
			.param("lines[1].quantity", "25")
			.param("lines[1].unit", "C62")
			.param("lines[1].unitPrice", "42.10")
			.param("lines[1].allowance", "20")
			.param("lines[1].category", "S")
			.param("lines[1].rate", "5.5")
			.param("lines[2].description", "")
			.param("lines[2].category", "S")
			.param("lines[2].rate", "20");
	}

	private MockMultipartHttpServletRequestBuilder form(String action) {
		return multipart(this.page).with(signedIn()).with(csrf()).param("action", action);
	}

	private DepositView finished(long id) throws InterruptedException {
		return TestInvoices.finished(this.invoices,
				this.accounts.find(new EmailAddress(this.manager)).orElseThrow().id(), this.supplier, id);
	}

	private RequestPostProcessor signedIn() {
		return user(this.users.loadUserByUsername(this.manager));
	}

}
