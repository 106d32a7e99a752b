package org.chorale.invoice;

import org.chorale.shared.Sha256;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.account.AccountManagement;
import org.chorale.shared.EmailAddress;
import org.chorale.structure.StructureId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Déposer une facture PDF": the form pre-filled from the PDF's text, completed, and the
 * untouched PDF deposited as the original with the form as its data.
 */
@ChoraleTest
class PdfDepositTests {

	private static final Pattern ACTION = Pattern.compile("factures/pdf/([0-9a-f-]{36})");

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

	MockHttpSession session = new MockHttpSession();

	@BeforeEach
	void supplierAndDirectory() throws Exception {
		TestInvoices.Supplier supplier = TestInvoices.supplier(this.context, "pdf");
		this.manager = supplier.manager();
		this.supplier = supplier.id();
		this.page = "/structures/" + this.supplier.value() + "/factures/pdf";
	}

	@Test
	void aTextPdfPrefillsItsFormAndIsDepositedUntouched() throws Exception {
		byte[] pdf = TestInvoices.pdf("PAPETERIE TEST - SIRET 409 999 000 00014", "Facture n° PDF-2026-7",
				"Date : 02/11/2026", "Destinataire : COMMUNE DE DEMOVILLE, SIRET 219 999 000 00017",
				"Code service : ECOLES", "Total HT 1 000,00 EUR", "Total TVA 200,00 EUR", "Total TTC 1 200,00 EUR",
				"Net a payer 1 200,00 EUR");
		String form = upload(pdf).andExpect(content().string(containsString("value=\"21999900000017\"")))
			.andExpect(content().string(containsString("value=\"PDF-2026-7\"")))
			.andExpect(content().string(containsString("value=\"2026-11-02\"")))
			.andExpect(content().string(containsString("value=\"ECOLES\"")))
			.andExpect(content().string(containsString("value=\"1000.00\"")))
			.andExpect(content().string(containsString("value=\"1200.00\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String flow = this.mvc.perform(complete(form, "1200.00"))
			.andExpect(redirectedUrlPattern("/structures/*/flux/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(flow.substring(flow.lastIndexOf('/') + 1));
		DepositView deposit = TestInvoices.finished(this.invoices, account(), this.supplier, id);
		assertThat(deposit.status()).isEqualTo(DepositStatus.IN_INTEGRE);
		assertThat(this.jdbc
			.sql("select syntax || ' ' || total_with_vat::numeric(12,2) || ' ' || service_code from invoice")
			.query(String.class)
			.single()).isEqualTo("PDF_WITH_FORM 1200.00 ECOLES");
		this.mvc.perform(get(flow + "/documents/" + deposit.sha256()).param("name", "facture.pdf").with(signedIn()))
			.andExpect(content().bytes(pdf));
	}

	@Test
	void attachmentsChosenWithTheFormAreKeptThroughItsErrorsAndDepositedWithThePdf() throws Exception {
		String form = upload(TestInvoices.pdf("Facture n° PDF-2026-7")).andReturn().getResponse().getContentAsString();
		byte[] timesheet = "jour;heures\nlundi;7\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.mvc
			.perform(complete(form, "1300.00")
				.file(new MockMultipartFile("attachments", "feuille-de-temps.csv", "text/csv", timesheet)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le total TTC doit être égal au total HT plus la TVA.")))
			.andExpect(content().string(containsString("feuille-de-temps.csv")));
		String flow = this.mvc.perform(complete(form, "1200.00"))
			.andExpect(redirectedUrlPattern("/structures/*/flux/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(flow.substring(flow.lastIndexOf('/') + 1));
		assertThat(TestInvoices.finished(this.invoices, account(), this.supplier, id).status())
			.isEqualTo(DepositStatus.IN_INTEGRE);
		this.mvc
			.perform(get(flow + "/documents/" + Sha256.hex(timesheet)).param("name", "feuille-de-temps.csv")
				.with(signedIn()))
			.andExpect(content().bytes(timesheet));
	}

	@Test
	void totalsThatDoNotAddUpAreRefusedOnTheForm() throws Exception {
		String form = upload(TestInvoices.pdf("Facture n° PDF-8")).andReturn().getResponse().getContentAsString();
		this.mvc.perform(complete(form, "1300.00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le total TTC doit être égal au total HT plus la TVA.")));
		assertThat(this.jdbc.sql("select count(*) from deposit").query(Integer.class).single()).isZero();
	}

	@Test
	void aFacturXPdfIsDepositedAsAStructuredFileStraightAway() throws Exception {
		byte[] facturX = org.chorale.invoice.format.FacturXWriter.write("<html><body><p>F</p></body></html>",
				TestInvoices.ubl("X", DepositTests.SUPPLIER, DepositTests.DEMOVILLE, "", "", "A1"), "X",
				java.time.Instant.now());
		upload(facturX).andExpect(redirectedUrlPattern("/structures/*/flux/*"));
		assertThat(this.jdbc.sql("select channel from deposit").query(String.class).single())
			.isEqualTo("UPLOAD_PORTAIL");
	}

	private org.springframework.test.web.servlet.ResultActions upload(byte[] pdf) throws Exception {
		return this.mvc
			.perform(multipart(this.page).file(new MockMultipartFile("file", "facture.pdf", "application/pdf", pdf))
				.session(this.session)
				.with(signedIn())
				.with(csrf()));
	}

	private MockMultipartHttpServletRequestBuilder complete(String form, String withVat) {
		Matcher token = ACTION.matcher(form);
		assertThat(token.find()).isTrue();
		return multipart(this.page + "/" + token.group(1)).session(this.session)
			.with(signedIn())
			.with(csrf())
			.param("recipientSiret", DepositTests.DEMOVILLE)
			.param("serviceCode", "ECOLES")
			.param("cadre", "A1")
			.param("number", "PDF-2026-7")
			.param("issueDate", "2026-11-02")
			.param("currency", "EUR")
			.param("totalWithoutVat", "1000.00")
			.param("totalVat", "200.00")
			.param("totalWithVat", withVat)
			.param("amountDue", withVat);
	}

	private org.chorale.account.AccountId account() {
		return this.accounts.find(new EmailAddress(this.manager)).orElseThrow().id();
	}

	private RequestPostProcessor signedIn() {
		return user(this.users.loadUserByUsername(this.manager));
	}

}
