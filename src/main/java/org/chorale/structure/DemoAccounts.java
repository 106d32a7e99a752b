package org.chorale.structure;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.account.AccountManagement;
import org.chorale.account.Operator;
import org.chorale.account.Person;
import org.chorale.account.PersonDetails;
import org.chorale.account.SecretQuestion;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;
import org.chorale.sirene.Establishment;
import org.chorale.sirene.SireneManagement;
import org.chorale.system.ConditionalOnDemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a demo instance, a ready supplier (Papeterie Démo des Lilas, as the demo SIRENE
 * register describes it) and a ready public recipient (Commune de Démoville), each with
 * an active primary manager whose credentials are printed at start-up.
 */
@Component
@ConditionalOnDemoData
@Order(2)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountManagement accounts;

	private final Structures structures;

	private final Memberships memberships;

	private final DemoProperties demo;

	private final SireneManagement sirene;

	private final Clock clock;

	DemoAccounts(AccountManagement accounts, Structures structures, Memberships memberships, DemoProperties demo,
			SireneManagement sirene, Clock clock) {
		this.sirene = sirene;
		this.accounts = accounts;
		this.structures = structures;
		this.memberships = memberships;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		create(DemoStructures.SUPPLIER_SIRET,
				new StructureDetails("PAPETERIE DÉMO DES LILAS SAS",
						Optional.of(new Address("12 RUE DES LILAS", null, "75019", "PARIS", Country.FRANCE))),
				StructureKind.PRIVEE,
				EnumSet.of(WorkArea.FACTURES_EMISES, WorkArea.SOLLICITATIONS_EMISES, WorkArea.DUME,
						WorkArea.RACCORDEMENTS),
				this.demo.supplier().login(), this.demo.supplier().password(), "Claire", "DUPONT");
		create(DemoStructures.RECIPIENT_SIRET,
				new StructureDetails("COMMUNE DE DEMOVILLE",
						Optional.of(new Address("1 PL DE LA MAIRIE", null, "45999", "DEMOVILLE", Country.FRANCE))),
				StructureKind.PUBLIQUE,
				EnumSet.of(WorkArea.FACTURES_RECUES, WorkArea.SOLLICITATIONS_EMISES, WorkArea.SOLLICITATIONS_RECUES,
						WorkArea.ENGAGEMENTS, WorkArea.DUME, WorkArea.RACCORDEMENTS),
				this.demo.recipient().login(), this.demo.recipient().password(), "Marc", "LEROY");
		operator(this.demo.administrator().login(), this.demo.administrator().password(), "Alex", "ADMIN",
				Operator.ADMINISTRATOR);
		operator(this.demo.support().login(), this.demo.support().password(), "Sam", "SUPPORT", Operator.SUPPORT);
		log.info("""

				Demo accounts (demo data only, see README):
				  supplier  {} / {}  (PAPETERIE DÉMO DES LILAS SAS, SIRET {})
				  recipient {} / {}  (COMMUNE DE DEMOVILLE, SIRET {})
				  administrator {} / {}
				  support   {} / {}
				""", this.demo.supplier().login(), this.demo.supplier().password(), DemoStructures.SUPPLIER_SIRET,
				this.demo.recipient().login(), this.demo.recipient().password(), DemoStructures.RECIPIENT_SIRET,
				this.demo.administrator().login(), this.demo.administrator().password(), this.demo.support().login(),
				this.demo.support().password());
	}

	/**
	 * Creates the structure as the demo SIRENE register describes it (else with these
	 * details) and its primary manager, unless it exists.
	 */
	private void create(String siret, StructureDetails fallback, StructureKind kind, Set<WorkArea> areas, String login,
			String password, String firstName, String lastName) {
		StructureIdentifier identifier = StructureIdentifier.of(new Siret(siret));
		if (this.structures.findByIdentifierTypeAndIdentifier(identifier.type(), identifier.value()).isPresent()) {
			return;
		}
		EmailAddress email = new EmailAddress(login);
		Person manager = this.accounts.find(email)
			.orElseGet(() -> this.accounts.registerActive(email,
					new PersonDetails(firstName, lastName, Optional.empty(), email), Language.FRENCH, password,
					SecretQuestion.PREMIER_ANIMAL, "Demo"));
		Structure structure = this.structures.save(Structure.create(new NewStructure(identifier, Country.FRANCE,
				registered(new Siret(siret)).orElse(fallback), false, kind), areas, this.clock.instant()));
		this.memberships.save(Membership.primaryManager(structure.id(), manager.id(), areas, this.clock.instant()));
	}

	/** A platform operator, who belongs to no structure. */
	private void operator(String login, String password, String firstName, String lastName, Operator role) {
		EmailAddress email = new EmailAddress(login);
		if (this.accounts.find(email).isEmpty()) {
			this.accounts.registerActive(email, new PersonDetails(firstName, lastName, Optional.empty(), email),
					Language.FRENCH, password, SecretQuestion.PREMIER_ANIMAL, "Demo");
		}
		this.accounts.assign(email, role, true);
	}

	private Optional<StructureDetails> registered(Siret siret) {
		return this.sirene.find(siret)
			.flatMap(found -> found.legalName()
				.map(name -> new StructureDetails(name,
						found.address()
							.map(address -> new Address(address.street(), address.complement(), address.postalCode(),
									address.city(), Country.FRANCE)))));
	}

}
