package org.chorale.structure;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.account.PersonDetails;
import org.chorale.account.SecretQuestion;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;
import org.chorale.shared.Siret;
import org.chorale.shared.StructureIdentifier;

import org.springframework.context.ApplicationContext;

/**
 * Public structures for other modules' tests: sign-up creates private ones only, as the
 * platform's operators create public ones.
 */
public final class TestStructures {

	/** A password every test person may use. */
	public static final String PASSWORD = "Quatre chats gris sous la lune";

	private TestStructures() {
	}

	/** A public structure with these work areas, and an active primary manager. */
	public static StructureId publicStructure(ApplicationContext context, Siret siret, String name, String manager,
			Set<WorkArea> areas) {
		return structure(context, siret, name, manager, StructureKind.PUBLIQUE, areas);
	}

	/**
	 * A company with the default work areas ("Factures émises"...), and its primary
	 * manager.
	 */
	public static StructureId supplier(ApplicationContext context, Siret siret, String name, String manager) {
		return structure(context, siret, name, manager, StructureKind.PRIVEE, WorkArea.defaults());
	}

	/** A company with these work areas, and its primary manager. */
	public static StructureId company(ApplicationContext context, Siret siret, String name, String manager,
			Set<WorkArea> areas) {
		return structure(context, siret, name, manager, StructureKind.PRIVEE, areas);
	}

	private static StructureId structure(ApplicationContext context, Siret siret, String name, String manager,
			StructureKind kind, Set<WorkArea> areas) {
		Structure structure = context.getBean(Structures.class)
			.save(Structure.create(new NewStructure(StructureIdentifier.of(siret), Country.FRANCE,
					new StructureDetails(name,
							Optional.of(new Address("1 PL DE LA MAIRIE", null, "45999", "DEMOVILLE", Country.FRANCE))),
					false, kind), areas, Instant.now()));
		context.getBean(Memberships.class)
			.save(Membership.primaryManager(structure.id(), person(context, manager), areas, Instant.now()));
		return new StructureId(structure.id());
	}

	/** An active member of the structure with exactly these rights. */
	public static void member(ApplicationContext context, StructureId structure, String email,
			Map<WorkArea, AccessRight> rights) {
		Membership membership = Membership.requested(structure.value(), person(context, email), "", Instant.now());
		membership.approve(new AccountId(0), "", Set.of(), Instant.now());
		membership.grant(rights);
		context.getBean(Memberships.class).save(membership);
	}

	/** An active account with {@link #PASSWORD}. */
	public static AccountId person(ApplicationContext context, String email) {
		AccountManagement accounts = context.getBean(AccountManagement.class);
		EmailAddress address = new EmailAddress(email);
		return accounts.find(address)
			.orElseGet(() -> accounts.registerActive(address,
					new PersonDetails("Test", "PERSONNE", Optional.empty(), address), Language.FRENCH, PASSWORD,
					SecretQuestion.PREMIER_ANIMAL, "Rex"))
			.id();
	}

}
