package org.chorale.structure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.account.Operator;
import org.chorale.account.Person;
import org.chorale.account.PersonDetails;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;
import org.chorale.shared.Refusal;
import org.chorale.shared.StructureIdentifier;
import org.chorale.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Structures and the people attached to them: sign-up of a new structure with its primary
 * manager, join requests, and who may see what.
 */
@Service
@Transactional
public class StructureManagement {

	private final Structures structures;

	private final Memberships memberships;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AreaAccesses accesses;

	private final ManagerAppointments appointments;

	StructureManagement(Structures structures, Memberships memberships, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock, AreaAccesses accesses, ManagerAppointments appointments) {
		this.appointments = appointments;
		this.structures = structures;
		this.memberships = memberships;
		this.accesses = accesses;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<StructureView> find(StructureIdentifier identifier) {
		return this.structures.findByIdentifierTypeAndIdentifier(identifier.type(), identifier.value())
			.map(Structure::view);
	}

	/**
	 * Creates the structure, its first person's account (waiting for activation) and
	 * makes them its primary manager, all or nothing.
	 * @throws Refusal when the structure or the login e-mail already exists
	 */
	public StructureView register(NewStructure structure, Set<WorkArea> workAreas, EmailAddress loginEmail,
			PersonDetails person, Language language) {
		if (find(structure.identifier()).isPresent()) {
			throw Refusal.of("structure.exists");
		}
		Instant now = this.clock.instant();
		Person manager = this.accounts.register(loginEmail, person, language);
		Structure created = this.structures.save(Structure.create(structure, workAreas, now));
		this.memberships.save(Membership.primaryManager(created.id(), manager.id(), workAreas, now));
		return created.view();
	}

	/**
	 * Creates the person's account and their request to join the structure; its primary
	 * manager is told.
	 */
	public void requestToJoin(StructureId structureId, EmailAddress loginEmail, PersonDetails person, Language language,
			String message) {
		Structure structure = this.structures.findById(structureId.value()).orElseThrow();
		Instant now = this.clock.instant();
		Person requester = this.accounts.register(loginEmail, person, language);
		this.memberships.save(Membership.requested(structure.id(), requester.id(), message, now));
		this.events.publishEvent(new JoinRequested(structure.view(), requester, managers(structure.id())));
	}

	/**
	 * Attaches a technical user to the structure, with modification in its open areas.
	 */
	public void attachTechnicalUser(StructureId id, AccountId technical) {
		Structure structure = this.structures.findById(id.value()).orElseThrow();
		this.memberships
			.save(Membership.technical(structure.id(), technical, structure.view().workAreas(), this.clock.instant()));
	}

	/**
	 * Support appoints a new primary manager for a structure whose manager has left: the
	 * person, whose account must be active, becomes its primary manager with modification
	 * in every open area, whatever their membership was; the previous manager stays as a
	 * simple member, whom the new one may detach. The appointment is recorded with the
	 * agent, the reason and the request it answers.
	 * @throws AccessDeniedException unless the agent is one of the support staff
	 * @throws Refusal when no active person has this login
	 */
	public Person appointPrimaryManager(AccountId agent, StructureId id, EmailAddress login, String reason,
			Optional<String> reference) {
		if (!this.accounts.holds(agent, Operator.SUPPORT)) {
			throw new AccessDeniedException("Only support appoints a primary manager");
		}
		Structure structure = this.structures.findById(id.value()).orElseThrow(() -> Refusal.of("structure.unknown"));
		Person person = this.accounts.find(login)
			.filter(p -> p.active() && !p.technical())
			.orElseThrow(() -> new Refusal("login", "appointment.inactive", login.value()));
		String why = Text.required(reason, "reason", Membership.COMMENT_MAX);
		Instant now = this.clock.instant();
		Optional<Membership> previous = this.memberships.findByStructureIdOrderByRequestedAt(id.value())
			.stream()
			.filter(Membership::primaryManager)
			.findFirst();
		previous.filter(p -> !p.accountId().equals(person.id())).ifPresent(p -> {
			p.stepDown();
			this.memberships.save(p);
		});
		Membership appointed = this.memberships.findByStructureIdAndAccountId(id.value(), person.id().value())
			.orElseGet(() -> Membership.requested(structure.id(), person.id(), null, now));
		appointed.appoint(agent, structure.view().workAreas(), now);
		this.memberships.save(appointed);
		this.appointments.record(structure.id(), person.id(), previous.map(Membership::accountId), agent, why,
				reference, now);
		return person;
	}

	@Transactional(readOnly = true)
	public List<MembershipView> memberships(AccountId account) {
		return this.memberships.findByAccountIdOrderByRequestedAt(account.value())
			.stream()
			.map(Membership::view)
			.toList();
	}

	/**
	 * The structure, for one of its active members.
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional(readOnly = true)
	public StructureView structureFor(AccountId reader, StructureId id) {
		return this.accesses.structure(reader, id)
			.orElseThrow(() -> new AccessDeniedException("Not a member of structure " + id));
	}

	@Transactional(readOnly = true)
	public List<StructureView> structures(List<StructureId> ids) {
		return this.structures.findAllById(ids.stream().map(StructureId::value).toList())
			.stream()
			.map(Structure::view)
			.toList();
	}

	/**
	 * The member's right in this work area of the structure.
	 * @throws AccessDeniedException when the area is closed, or they have no right in it
	 */
	@Transactional(readOnly = true)
	public AreaAccess access(AccountId member, StructureId id, WorkArea area) {
		return this.accesses.find(member, id, area)
			.orElseThrow(() -> new AccessDeniedException("No access to " + area + " of structure " + id));
	}

	/**
	 * The reader's active membership of the structure.
	 * @throws AccessDeniedException when they have none
	 */
	@Transactional(readOnly = true)
	public MembershipView member(AccountId reader, StructureId id) {
		return this.memberships.findByStructureIdAndAccountId(id.value(), reader.value())
			.filter(Membership::active)
			.map(Membership::view)
			.orElseThrow(() -> new AccessDeniedException("Not a member of structure " + id));
	}

	/**
	 * The active members of a structure who have this work area, whatever their right:
	 * those its notifications are for.
	 */
	@Transactional(readOnly = true)
	public List<Person> members(StructureId id, WorkArea area) {
		return this.accounts
			.findAll(this.memberships.findByStructureIdOrderByRequestedAt(id.value())
				.stream()
				.filter(Membership::active)
				.filter(m -> m.view().rights().containsKey(area))
				.map(Membership::accountId)
				.toList())
			.stream()
			.filter(person -> !person.technical())
			.toList();
	}

	List<Person> managers(long structureId) {
		return this.accounts.findAll(this.memberships.findByStructureIdOrderByRequestedAt(structureId)
			.stream()
			.filter(Membership::primaryManager)
			.map(Membership::accountId)
			.toList());
	}

}
