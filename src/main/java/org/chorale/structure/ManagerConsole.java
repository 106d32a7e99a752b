package org.chorale.structure;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.account.Person;
import org.chorale.shared.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a structure's primary manager does: decide join requests, grant rights, detach
 * people, hand over the role, open work areas, edit the structure. Every method first
 * checks that the caller is the structure's primary manager.
 */
@Service
@Transactional
class ManagerConsole {

	private final Structures structures;

	private final Memberships memberships;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ManagerConsole(Structures structures, Memberships memberships, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.structures = structures;
		this.memberships = memberships;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Console console(AccountId manager, StructureId id) {
		Structure structure = managed(manager, id);
		List<Membership> all = this.memberships.findByStructureIdOrderByRequestedAt(id.value());
		Map<AccountId, Person> people = this.accounts.findAll(all.stream().map(Membership::accountId).toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		return new Console(structure.view(),
				all.stream().map(m -> new Console.Member(m.view(), people.get(m.accountId()))).toList());
	}

	/** Approves or refuses these pending requests, with one comment for all. */
	void decide(AccountId manager, StructureId id, Collection<Long> requests, boolean approve, String comment) {
		Structure structure = managed(manager, id);
		Instant now = this.clock.instant();
		StructureView view = structure.view();
		for (Membership request : membersOf(id, requests)) {
			if (approve) {
				request.approve(manager, comment, view.workAreas(), now);
			}
			else {
				request.refuse(manager, comment, now);
			}
			MembershipView decided = this.memberships.save(request).view();
			this.accounts.find(request.accountId())
				.ifPresent(person -> this.events
					.publishEvent(new JoinDecided(view, person, decided.status(), decided.comment())));
		}
	}

	void grant(AccountId manager, StructureId id, long memberId, Map<WorkArea, AccessRight> rights) {
		StructureView structure = managed(manager, id).view();
		if (!structure.workAreas().containsAll(rights.keySet())) {
			throw Refusal.of("membership.areaClosed");
		}
		Membership member = memberOf(id, memberId);
		member.grant(rights);
		this.memberships.save(member);
	}

	void detach(AccountId manager, StructureId id, long memberId) {
		managed(manager, id);
		Membership member = memberOf(id, memberId);
		member.detach(manager, this.clock.instant());
		this.memberships.save(member);
	}

	/**
	 * Hands the primary manager's role to another active member whose account is active.
	 */
	void transfer(AccountId manager, StructureId id, long memberId) {
		Structure structure = managed(manager, id);
		Membership successor = memberOf(id, memberId);
		if (!this.accounts.find(successor.accountId()).filter(p -> !p.technical()).map(Person::active).orElse(false)) {
			throw Refusal.of("membership.successorInactive");
		}
		Membership current = this.memberships.findByStructureIdAndAccountId(id.value(), manager.value()).orElseThrow();
		current.stepDown();
		this.memberships.save(current);
		successor.becomePrimaryManager(structure.view().workAreas());
		this.memberships.save(successor);
	}

	boolean resendActivation(AccountId manager, StructureId id, long memberId) {
		managed(manager, id);
		return this.accounts.resendActivation(memberOf(id, memberId).accountId());
	}

	void edit(AccountId manager, StructureId id, StructureDetails details) {
		Structure structure = managed(manager, id);
		structure.edit(details);
		this.structures.save(structure);
	}

	/**
	 * Opens exactly these work areas. The primary manager gets modification in the newly
	 * opened ones; everyone loses their rights in the closed ones.
	 */
	void openWorkAreas(AccountId manager, StructureId id, Set<WorkArea> areas) {
		Structure structure = managed(manager, id);
		structure.open(areas);
		this.structures.save(structure);
		for (Membership member : this.memberships.findByStructureIdOrderByRequestedAt(id.value())) {
			Map<WorkArea, AccessRight> kept = new EnumMap<>(WorkArea.class);
			areas.forEach(area -> member.right(area).ifPresent(right -> kept.put(area, right)));
			if (member.primaryManager()) {
				areas.forEach(area -> kept.put(area, AccessRight.MODIFICATION));
			}
			member.grant(kept);
			this.memberships.save(member);
		}
	}

	private Structure managed(AccountId manager, StructureId id) {
		boolean managing = this.memberships.findByStructureIdAndAccountId(id.value(), manager.value())
			.filter(Membership::primaryManager)
			.isPresent();
		if (!managing) {
			throw new AccessDeniedException("Not the primary manager of structure " + id);
		}
		return this.structures.findById(id.value()).orElseThrow();
	}

	private Membership memberOf(StructureId id, long memberId) {
		return this.memberships.findById(memberId)
			.filter(member -> member.structureId() == id.value())
			.orElseThrow(() -> Refusal.of("membership.unknown"));
	}

	private List<Membership> membersOf(StructureId id, Collection<Long> memberIds) {
		return memberIds.stream().map(memberId -> memberOf(id, memberId)).toList();
	}

	/** The console's page: the structure and everyone who asked to join it. */
	record Console(StructureView structure, List<Member> members) {

		public List<Member> pending() {
			return this.members.stream()
				.filter(m -> m.membership().status() == MembershipStatus.EN_COURS_DE_VALIDATION)
				.toList();
		}

		record Member(MembershipView membership, Person person) {

		}

	}

}
