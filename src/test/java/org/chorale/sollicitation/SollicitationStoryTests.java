package org.chorale.sollicitation;

import java.util.EnumSet;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestMail;
import org.chorale.TestPeople;
import org.chorale.account.AccountManagement;
import org.chorale.account.Operator;
import org.chorale.invoice.TestInvoices;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.structure.AccessRight;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests through the portal's pages, as each side sees them: a supplier asks the
 * commune about an invoice, the commune answers; a request is seen only by its sender,
 * its addressee and support; support appoints a primary manager for a structure whose
 * manager left; a recipient transfers to support what is not its own.
 */
@ChoraleTest
class SollicitationStoryTests {

	static final String DEMOVILLE = "21999900000017";

	static final String HOSPITAL = "26999900900013";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	TestInvoices.Supplier supplier;

	String mayor;

	StructureId commune;

	String agent;

	@BeforeEach
	void supplierCommuneAndSupport() throws Exception {
		this.supplier = TestInvoices.supplier(this.context, "fournisseur");
		this.mayor = TestPeople.email("maire");
		this.commune = TestStructures.publicStructure(this.context, new Siret(DEMOVILLE), "COMMUNE DE DEMOVILLE",
				this.mayor, EnumSet.of(WorkArea.FACTURES_RECUES, WorkArea.SOLLICITATIONS_RECUES));
		this.agent = TestPeople.email("support");
		TestStructures.person(this.context, this.agent);
		this.accounts.assign(new EmailAddress(this.agent), Operator.SUPPORT, true);
		this.jdbc.sql("TRUNCATE notification_preference").update();
	}

	@Test
	void aSupplierAsksTheCommuneAboutAnInvoiceAndReadsItsAnswer() throws Exception {
		long invoice = TestInvoices.integrated(this.context, this.supplier, "F-2026-901");
		String form = page(get(sent() + "/nouvelle").param("facture", String.valueOf(invoice)),
				this.supplier.manager());
		assertThat(form).contains("value=\"F-2026-901\"", "value=\"" + DEMOVILLE + "\"");

		String thread = send(multipart(sent())
			.file(new MockMultipartFile("files", "bon-livraison.pdf", "application/pdf", "%PDF-1.7 bon".getBytes()))
			.param("subCategory", "SUIVI_TRAITEMENT")
			.param("invoiceNumbers", "F-2026-901")
			.param("subject", "Facture F-2026-901 non payée")
			.param("message", "Bonjour,\nla facture est échue depuis le 2 décembre."), this.supplier.manager());
		long id = Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1));
		String number = number(id);
		assertThat(page(get(thread), this.supplier.manager())).contains("Sollicitation " + number,
				"Facture F-2026-901 non payée", "COMMUNE DE DEMOVILLE (SIRET " + DEMOVILLE + ")", "Envoyée",
				"la facture est échue depuis le 2 décembre.", "bon-livraison.pdf");

		MimeMessage told = TestMail.withSubject(this.mayor,
				"Sollicitation " + number + " de PAPETERIE TEST : Facture F-2026-901 non payée");
		assertThat(TestMail.body(told))
			.contains("/structures/" + this.commune.value() + "/sollicitations-recues/" + id);
		String received = "/structures/" + this.commune.value() + "/sollicitations-recues";
		assertThat(page(get(received), this.mayor)).contains(number, "PAPETERIE TEST", "1 sollicitation");
		assertThat(page(get(received + "/" + id), this.mayor)).contains("F-2026-901",
				"/structures/" + this.commune.value() + "/factures-recues/" + invoice);
		long file = this.jdbc
			.sql("select a.id from sollicitation_attachment a join sollicitation_message m "
					+ "on m.id = a.message_id where m.sollicitation_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		this.mvc.perform(get(received + "/" + id + "/fichiers/" + file).with(as(this.mayor)))
			.andExpect(status().isOk())
			.andExpect(
					header().string("Content-Disposition", org.hamcrest.Matchers.containsString("bon-livraison.pdf")))
			.andExpect(content().bytes("%PDF-1.7 bon".getBytes()));

		act(post(received + "/" + id + "/prise-en-charge"), this.mayor);
		act(multipart(received + "/" + id + "/messages").param("message", "Le mandat part demain."), this.mayor);
		assertThat(TestMail
			.body(TestMail.withSubject(this.supplier.manager(), "Sollicitation " + number + " : nouveau message")))
			.contains("a écrit dans la sollicitation " + number);
		assertThat(page(get(thread), this.supplier.manager())).contains("Le mandat part demain.", "Répondue",
				"Prise en charge par", "En cours de traitement");
		assertThat(page(get(sent()).param("status", "REPONDUE"), this.supplier.manager())).contains(number);
		assertThat(page(get(sent()).param("status", "CLOTUREE"), this.supplier.manager())).doesNotContain(number);
		assertThat(page(get(sent()).param("text", "non payée"), this.supplier.manager())).contains(number);

		act(post(thread + "/cloture"), this.supplier.manager());
		assertThat(TestMail.body(TestMail.withSubject(this.mayor, "Sollicitation " + number + " clôturée")))
			.contains("a clôturé la sollicitation " + number);
		assertThat(page(get(received + "/" + id), this.mayor)).contains("Clôturée")
			.doesNotContain("Envoyer le message");
		Map<String, Object> refused = act(
				multipart(received + "/" + id + "/messages").param("message", "Encore un mot"), this.mayor);
		assertThat(page(get(received + "/" + id).flashAttrs(refused), this.mayor))
			.contains("La sollicitation est clôturée")
			.doesNotContain("Encore un mot");
	}

	@Test
	void aRequestIsSeenOnlyByItsSenderItsAddresseeAndSupport() throws Exception {
		String thread = send(multipart(sent()).param("subCategory", "QUESTION_GENERALE")
			.param("recipientSiret", DEMOVILLE)
			.param("subject", "Horaires de livraison")
			.param("message", "Quels horaires pour livrer la mairie ?"), this.supplier.manager());
		long id = Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1));

		String stranger = TestPeople.email("concurrent");
		StructureId other = TestStructures.supplier(this.context, new Siret("40999900000022"), "CONCURRENT SA",
				stranger);
		forbidden(get("/structures/" + other.value() + "/sollicitations-emises/" + id), stranger);
		forbidden(get(sent() + "/" + id), stranger);
		String director = TestPeople.email("directeur");
		StructureId hospital = TestStructures.publicStructure(this.context, new Siret(HOSPITAL), "CHU DE DEMOVILLE",
				director, EnumSet.of(WorkArea.SOLLICITATIONS_RECUES));
		forbidden(get("/structures/" + hospital.value() + "/sollicitations-recues/" + id), director);
		assertThat(page(get("/structures/" + hospital.value() + "/sollicitations-recues"), director))
			.contains("Aucune sollicitation");
		forbidden(get("/support/sollicitations/" + id), this.agent);
		forbidden(get("/support/sollicitations"), this.mayor);

		String reader = TestPeople.email("lecteur");
		TestStructures.member(this.context, this.supplier.id(), reader,
				Map.of(WorkArea.SOLLICITATIONS_EMISES, AccessRight.CONSULTATION_UNIQUEMENT));
		assertThat(page(get(thread), reader)).contains("Quels horaires pour livrer la mairie ?")
			.doesNotContain("Envoyer le message");
		forbidden(multipart(thread + "/messages").param("message", "Moi aussi"), reader);
		assertThat(page(get(sent()), reader)).doesNotContain("Nouvelle sollicitation");
	}

	@Test
	void supportAppointsANewPrimaryManagerWhenTheManagerLeft() throws Exception {
		String accountant = TestPeople.email("comptable");
		TestStructures.member(this.context, this.supplier.id(), accountant,
				Map.of(WorkArea.SOLLICITATIONS_EMISES, AccessRight.MODIFICATION));
		String thread = send(
				multipart(sent()).param("subCategory", "NOMINATION_GESTIONNAIRE")
					.param("recipientSiret", DEMOVILLE)
					.param("subject", "Notre gestionnaire principal est parti")
					.param("message", "Je suis la comptable ; merci de me nommer gestionnaire principale."),
				accountant);
		long id = Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1));
		String number = number(id);
		assertThat(page(get(thread), accountant)).contains("Support de la plateforme");
		assertThat(TestMail.withSubject(this.agent,
				"Sollicitation " + number + " de PAPETERIE TEST : Notre gestionnaire principal est parti"))
			.isNotNull();
		assertThat(page(get("/support/sollicitations"), this.agent)).contains(number)
			.doesNotContain("COMMUNE DE DEMOVILLE");
		String desk = "/support/sollicitations/" + id;
		assertThat(page(get(desk), this.agent)).contains("Nommer un gestionnaire principal de PAPETERIE TEST");

		Map<String, Object> refused = act(
				post(desk + "/gestionnaire").param("login", "personne@example.test").param("reason", "Vérifié"),
				this.agent);
		assertThat(page(get(desk).flashAttrs(refused), this.agent)).contains(
				"Aucun compte actif n&#39;a l&#39;identifiant personne@example.test", "value=\"personne@example.test\"",
				">Vérifié</textarea>");

		Map<String, Object> appointed = act(post(desk + "/gestionnaire").param("login", accountant)
			.param("reason", "Kbis et courrier du dirigeant reçus."), this.agent);
		assertThat(page(get(desk).flashAttrs(appointed), this.agent)).contains("Gestionnaire principal nommé.",
				"Répondue", "Kbis et courrier du dirigeant reçus.");
		assertThat(page(get("/structures/" + this.supplier.id().value()), accountant))
			.contains("Gestionnaire principal");
		assertThat(page(get("/structures/" + this.supplier.id().value()), this.supplier.manager()))
			.doesNotContain("Activités du gestionnaire");
		assertThat(this.jdbc.sql("select reason || ' / ' || reference from manager_appointment where structure_id = :s")
			.param("s", this.supplier.id().value())
			.query(String.class)
			.single()).isEqualTo("Kbis et courrier du dirigeant reçus. / " + number);
		assertThat(TestMail.body(TestMail.withSubject(accountant, "Sollicitation " + number + " : nouveau message")))
			.contains("/structures/" + this.supplier.id().value() + "/sollicitations-emises/" + id);

		forbidden(post(desk + "/gestionnaire").param("login", accountant).param("reason", "Moi"), this.mayor);
	}

	@Test
	void theCommuneTransfersToSupportAQuestionThatIsNotItsOwn() throws Exception {
		String thread = send(multipart(sent()).param("subCategory", "QUESTION_GENERALE")
			.param("recipientSiret", DEMOVILLE)
			.param("subject", "Mot de passe perdu")
			.param("message", "Je n'arrive plus à me connecter."), this.supplier.manager());
		long id = Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1));
		String received = "/structures/" + this.commune.value() + "/sollicitations-recues/" + id;
		act(post(received + "/transfert").param("reason", "Question de compte : le support y répond."), this.mayor);
		String number = number(id);
		assertThat(TestMail
			.body(TestMail.withSubject(this.supplier.manager(), "Sollicitation " + number + " transmise au support")))
			.contains("transmis la sollicitation " + number);
		assertThat(
				TestMail.withSubject(this.agent, "Sollicitation " + number + " de PAPETERIE TEST : Mot de passe perdu"))
			.isNotNull();
		forbidden(get(received), this.mayor);
		assertThat(page(get("/support/sollicitations/" + id), this.agent)).contains("Mot de passe perdu",
				"Question de compte : le support y répond.", "Support de la plateforme");
		act(multipart("/support/sollicitations/" + id + "/messages").param("message",
				"Utilisez « Mot de passe oublié »."), this.agent);
		assertThat(page(get(thread), this.supplier.manager())).contains("Utilisez « Mot de passe oublié ».",
				"Répondue");
	}

	@Test
	void aFormWithAnUnknownInvoiceOrRecipientSaysWhyNextToItsField() throws Exception {
		String page = page(multipart(sent()).param("subCategory", "PAIEMENT")
			.param("invoiceNumbers", "F-INCONNUE")
			.param("subject", "Paiement")
			.param("message", "Quand ?"), this.supplier.manager());
		assertThat(page).contains("Votre structure n&#39;a pas émis de facture numéro F-INCONNUE");
		page = page(multipart(sent()).param("subCategory", "PAIEMENT")
			.param("recipientSiret", "12345678901234")
			.param("subject", "Paiement")
			.param("message", "Quand ?"), this.supplier.manager());
		assertThat(page).contains("fr-input-group--error", "Paiement");
		String hospital = TestPeople.email("hopital");
		TestStructures.publicStructure(this.context, new Siret(HOSPITAL), "CHU DE DEMOVILLE", hospital,
				EnumSet.of(WorkArea.FACTURES_RECUES));
		page = page(multipart(sent()).param("subCategory", "QUESTION_GENERALE")
			.param("recipientSiret", HOSPITAL)
			.param("subject", "Question")
			.param("message", "Bonjour"), this.supplier.manager());
		assertThat(page).contains("ne reçoit pas encore de sollicitations sur Chorale");
		String clerk = TestPeople.email("secretaire");
		TestStructures.member(this.context, this.supplier.id(), clerk,
				Map.of(WorkArea.SOLLICITATIONS_EMISES, AccessRight.MODIFICATION));
		assertThat(page(multipart(sent()).param("subCategory", "PAIEMENT")
			.param("invoiceNumbers", "F-2026-1")
			.param("subject", "Paiement")
			.param("message", "Quand ?"), clerk)).contains("Vous n&#39;avez pas accès aux factures émises");
		assertThat(this.jdbc.sql("select count(*) from sollicitation").query(Integer.class).single()).isZero();
	}

	private String sent() {
		return "/structures/" + this.supplier.id().value() + "/sollicitations-emises";
	}

	private String number(long id) {
		return this.jdbc.sql("select number from sollicitation where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/** Sends the form; the thread's path it redirects to. */
	private String send(MockMultipartHttpServletRequestBuilder request, String who) throws Exception {
		return this.mvc.perform(request.with(as(who)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	/** Does it; what the page it leads to shows (its notices). */
	private Map<String, Object> act(AbstractMockHttpServletRequestBuilder<?> request, String who) throws Exception {
		return this.mvc.perform(request.with(as(who)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap();
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request, String who) throws Exception {
		return this.mvc.perform(request.with(as(who)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void forbidden(AbstractMockHttpServletRequestBuilder<?> request, String who) throws Exception {
		this.mvc.perform(request.with(as(who)).with(csrf())).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String who) {
		return user(this.users.loadUserByUsername(who));
	}

}
