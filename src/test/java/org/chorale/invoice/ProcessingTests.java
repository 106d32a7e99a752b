package org.chorale.invoice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.structure.AccessRight;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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
 * Invoices after their deposit, from both sides: the commune reads and processes what it
 * received, the supplier follows each status with its CDAR code, and no one else sees
 * either.
 */
@ChoraleTest
class ProcessingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	InvoiceProcessing processing;

	@Autowired
	InvoiceCounts counts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	TestInvoices.Supplier fixture;

	String supplierManager;

	StructureId supplier;

	String mayor;

	StructureId commune;

	@BeforeEach
	void supplierCommuneAndDirectory() throws Exception {
		this.fixture = TestInvoices.supplier(this.context, "fournisseur");
		this.supplierManager = this.fixture.manager();
		this.supplier = this.fixture.id();
		this.mayor = TestPeople.email("maire");
		this.commune = TestStructures.publicStructure(this.context, new Siret(DepositTests.DEMOVILLE),
				"COMMUNE DE DEMOVILLE", this.mayor, EnumSet.of(WorkArea.FACTURES_RECUES));
	}

	@Test
	void theCommuneReadsItsInvoiceSuspendsItWithAReasonAndTheSupplierSeesTheHistory() throws Exception {
		long invoice = integrated("F-2026-501");
		String received = "/structures/" + this.commune.value() + "/factures-recues";
		this.mvc.perform(get(received).with(as(this.mayor)))
			.andExpect(content().string(containsString("F-2026-501")))
			.andExpect(content().string(containsString("Mise à disposition : 1")))
			.andExpect(content().string(containsString("PAPETERIE TEST")));
		this.mvc.perform(get(received + "/" + invoice).with(as(this.mayor)))
			.andExpect(content().string(containsString("Facture F-2026-501")))
			.andExpect(content().string(containsString("Cycle de vie : 203 Mise à disposition")))
			.andExpect(content().string(containsString("200 Déposée")))
			.andExpect(content().string(containsString("Ramettes de papier A4")))
			.andExpect(content().string(containsString("Code service : ECOLES")))
			.andExpect(content().string(containsString("Suspendue — motif obligatoire")));

		this.mvc
			.perform(post(received + "/" + invoice + "/traitement").param("status", "SUSPENDUE")
				.param("comment", "")
				.with(as(this.mayor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le statut SUSPENDUE demande un motif")));
		this.mvc
			.perform(post(received + "/" + invoice + "/traitement").param("status", "SUSPENDUE")
				.param("comment", "Joindre le bon de livraison signé.")
				.with(as(this.mayor))
				.with(csrf()))
			.andExpect(redirectedUrl(received + "/" + invoice));
		this.mvc
			.perform(post(received + "/" + invoice + "/traitement").param("status", "SERVICE_FAIT")
				.with(as(this.mayor))
				.with(csrf()))
			.andExpect(content().string(containsString(
					"La facture F-2026-501 est au statut SUSPENDUE : elle ne peut pas passer au statut SERVICE_FAIT.")));

		String issued = "/structures/" + this.supplier.value() + "/factures-emises";
		this.mvc.perform(get(issued).with(as(this.supplierManager)))
			.andExpect(content().string(containsString("F-2026-501")))
			.andExpect(content().string(containsString("Suspendue : 1")))
			.andExpect(content().string(containsString("COMMUNE DE DEMOVILLE")));
		this.mvc.perform(get(issued + "/" + invoice).with(as(this.supplierManager)))
			.andExpect(content().string(containsString("208 Suspendue")))
			.andExpect(content().string(containsString("Joindre le bon de livraison signé.")))
			.andExpect(content().string(containsString("Test PERSONNE")))
			.andExpect(content().string(not(containsString("Traiter la facture"))));
	}

	@Test
	void theRecipientsDownloadIsRecordedAndFiltersTheList() throws Exception {
		long invoice = integrated("F-2026-502");
		integrated("F-2026-503");
		String received = "/structures/" + this.commune.value() + "/factures-recues";
		byte[] original = this.mvc.perform(get(received + "/" + invoice + "/original").with(as(this.mayor)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(original, java.nio.charset.StandardCharsets.UTF_8)).contains("F-2026-502");
		this.mvc.perform(get(received).param("downloaded", "true").with(as(this.mayor)))
			.andExpect(content().string(containsString("F-2026-502")))
			.andExpect(content().string(not(containsString("F-2026-503"))));
		this.mvc.perform(get(received).param("downloaded", "false").with(as(this.mayor)))
			.andExpect(content().string(containsString("F-2026-503")))
			.andExpect(content().string(not(containsString("F-2026-502"))));
		this.mvc.perform(get(received + "/" + invoice).with(as(this.mayor)))
			.andExpect(content().string(containsString("Téléchargée par le destinataire le")));
		this.mvc.perform(get(received + "/" + invoice + "/original").with(as(this.mayor)));
		assertThat(this.jdbc.sql("select count(*) from invoice_action where action = 'TELECHARGEMENT_FACTURE'")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aSelectionMovesTogetherAndEachInvoiceThatCannotIsNamed() throws Exception {
		long first = integrated("F-2026-511");
		long second = integrated("F-2026-512");
		AccountId mayor = account(this.mayor);
		this.processing.process(mayor, this.commune, second, InvoiceStatus.REJETEE, "Mauvais cadre", null);
		String received = "/structures/" + this.commune.value() + "/factures-recues";
		this.mvc
			.perform(post(received + "/traitement").param("selected", String.valueOf(first), String.valueOf(second))
				.param("status", "SERVICE_FAIT")
				.with(as(this.mayor))
				.with(csrf()))
			.andExpect(redirectedUrl(received));
		assertThat(statuses()).containsExactly("F-2026-511 SERVICE_FAIT", "F-2026-512 REJETEE");

		List<InvoiceProcessing.Outcome> outcomes = this.processing.processAll(mayor, this.commune,
				List.of(first, second), InvoiceStatus.MANDATEE, null, " ");
		assertThat(outcomes).extracting(o -> o.number() + " " + o.refusal().map(r -> r.getCodes()[0]).orElse("ok"))
			.containsExactly("F-2026-511 invoice.mandate-required", "F-2026-512 invoice.transition");
		this.processing.processAll(mayor, this.commune, List.of(first), InvoiceStatus.MANDATEE, null, "M-2026-77");
		assertThat(this.jdbc.sql("select mandate_number from invoice_status_change where status = 'MANDATEE'")
			.query(String.class)
			.single()).isEqualTo("M-2026-77");
		TestInvoices.countsMatchTheInvoices(this.jdbc);
	}

	@Test
	void theApisNumberedPagesCountWhatTheirFilterKeeps() throws Exception {
		integrated("F-2026-541");
		long second = integrated("F-2026-542");
		long third = integrated("F-2026-543");
		AccountId mayor = account(this.mayor);
		this.processing.process(mayor, this.commune, second, InvoiceStatus.REJETEE, "Mauvais cadre", null);
		this.processing.process(mayor, this.commune, third, InvoiceStatus.SERVICE_FAIT, null, null);
		AccountId manager = account(this.supplierManager);

		assertThat(issued(manager, InvoiceFilter.none())).isEqualTo("3 invoices, 2 on the page");
		assertThat(issued(manager, new InvoiceFilter(InvoiceStatus.REJETEE, null, null, null, null, null, null, null,
				null, null, null, null, null)))
			.isEqualTo("1 invoices, 1 on the page");
		assertThat(issued(manager,
				new InvoiceFilter(null, null, null, null, null, null, null, null, null, null, null, null,
						List.of(InvoiceStatus.REJETEE, InvoiceStatus.SERVICE_FAIT, InvoiceStatus.MANDATEE))))
			.isEqualTo("2 invoices, 2 on the page");
		assertThat(issued(manager, new InvoiceFilter(null, null, null, null, null, null, null, null, null, null,
				"F-2026-542", null, List.of(InvoiceStatus.REJETEE))))
			.isEqualTo("1 invoices, 1 on the page");
		assertThat(this.processing
			.received(mayor, this.commune,
					new InvoiceFilter(null, null, null, null, null, null, null, null, null, null, null, null,
							List.of(InvoiceStatus.MISE_A_DISPOSITION)),
					0, 2)
			.total()).isOne();
	}

	private String issued(AccountId manager, InvoiceFilter filter) {
		InvoiceProcessing.Slice slice = this.processing.issued(manager, this.supplier, filter, 0, 2);
		return slice.total() + " invoices, " + slice.invoices().size() + " on the page";
	}

	@Test
	void noOneElseSeesOrProcessesTheInvoices() throws Exception {
		long invoice = integrated("F-2026-521");
		String reader = TestPeople.email("lecteur");
		TestStructures.member(this.context, this.commune, reader,
				java.util.Map.of(WorkArea.FACTURES_RECUES, AccessRight.CONSULTATION_UNIQUEMENT));
		String received = "/structures/" + this.commune.value() + "/factures-recues/" + invoice;
		this.mvc.perform(get(received).with(as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Traiter la facture"))));
		assertThatThrownBy(() -> this.processing.process(account(reader), this.commune, invoice,
				InvoiceStatus.SERVICE_FAIT, null, null))
			.isInstanceOf(AccessDeniedException.class);

		String otherMayor = TestPeople.email("autre-maire");
		StructureId otherCommune = TestStructures.publicStructure(this.context, new Siret("21999901800019"),
				"COMMUNE DE FICTIVILLE", otherMayor, EnumSet.of(WorkArea.FACTURES_RECUES));
		this.mvc
			.perform(get("/structures/" + otherCommune.value() + "/factures-recues/" + invoice).with(as(otherMayor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(received).with(as(otherMayor))).andExpect(status().isForbidden());
		this.mvc.perform(get(received).with(as(this.supplierManager))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/structures/" + this.supplier.value() + "/factures-emises/" + invoice).with(as(this.mayor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(received)).andExpect(status().isForbidden());
	}

	@Test
	void theListIsPagedByKeysetInTheOrderAskedWithoutOverlap() throws Exception {
		integrated("F-2026-530");
		this.jdbc
			.sql("""
					insert into invoice (supplier_id, supplier_identifier, supplier_name, deposit_id, deposit_position, number,
					                     year, kind, cadre, issue_date, currency, recipient_id, recipient, recipient_name,
					                     total_with_vat, syntax, original_sha256, status, status_at, deposited_at)
					select supplier_id, supplier_identifier, supplier_name, deposit_id, 1, 'P-' || n, year, kind, cadre,
					       issue_date - (n % 40), currency, recipient_id, recipient, recipient_name, n * 10, syntax,
					       original_sha256, status, status_at, deposited_at
					from invoice, generate_series(1, 119) as n""")
			.update();
		this.counts.recount();
		AccountId mayor = account(this.mayor);
		for (InvoiceFilter.Sort sort : InvoiceFilter.Sort.values()) {
			for (boolean ascending : List.of(false, true)) {
				InvoiceFilter filter = new InvoiceFilter(null, null, null, null, null, null, null, null, sort,
						ascending, null, null, null);
				List<Long> seen = new ArrayList<>();
				Optional<String> after = Optional.empty();
				int pages = 0;
				do {
					InvoiceProcessing.WorkList page = this.processing.received(mayor, this.commune, filter, after);
					page.invoices().forEach(i -> seen.add(i.id()));
					after = page.next();
					pages++;
				}
				while (after.isPresent());
				assertThat(pages).as(sort + " " + ascending).isEqualTo(3);
				assertThat(seen).as(sort + " " + ascending).hasSize(120).doesNotHaveDuplicates();
			}
		}
		InvoiceFilter expensive = new InvoiceFilter(null, "papeterie", null, null, null,
				new java.math.BigDecimal("1000"), null, null, InvoiceFilter.Sort.AMOUNT, true, null, null, null);
		InvoiceProcessing.WorkList page = this.processing.received(mayor, this.commune, expensive, Optional.empty());
		assertThat(page.invoices()).extracting(InvoiceSummary::number).startsWith("P-100", "P-101");
		assertThat(page.total()).isEqualTo(120);
	}

	private long integrated(String number) throws InterruptedException {
		return TestInvoices.integrated(this.context, this.fixture, number);
	}

	private List<String> statuses() {
		return this.jdbc.sql("select number || ' ' || status from invoice order by number").query(String.class).list();
	}

	private AccountId account(String email) {
		return this.accounts.find(new EmailAddress(email)).orElseThrow().id();
	}

	private RequestPostProcessor as(String email) {
		return user(this.users.loadUserByUsername(email));
	}

}
