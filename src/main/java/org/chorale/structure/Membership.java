package org.chorale.structure;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chorale.account.AccountId;
import org.chorale.shared.Refusal;
import org.chorale.shared.Text;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's attachment (rattachement) to a structure: asked, then approved or refused by
 * the primary manager, with the person's rights per work area.
 */
@Table("membership")
class Membership {

	static final int COMMENT_MAX = 1000;

	@Id
	private Long id;

	private final long structureId;

	private final long accountId;

	private MemberRole role;

	private MembershipStatus status;

	private String comment;

	private final Instant requestedAt;

	private Instant decidedAt;

	private Long decidedBy;

	@Version
	private int version;

	@MappedCollection(idColumn = "membership")
	private Set<GrantedRight> rights = new HashSet<>();

	@PersistenceCreator
	Membership(Long id, long structureId, long accountId, Instant requestedAt) {
		this.id = id;
		this.structureId = structureId;
		this.accountId = accountId;
		this.requestedAt = requestedAt;
	}

	/** The structure's first person: its primary manager, with every right. */
	static Membership primaryManager(long structureId, AccountId account, Set<WorkArea> areas, Instant now) {
		Membership membership = new Membership(null, structureId, account.value(), now);
		membership.role = MemberRole.GESTIONNAIRE_PRINCIPAL;
		membership.status = MembershipStatus.VALIDEE;
		membership.decidedAt = now;
		membership.grant(allRights(areas));
		return membership;
	}

	/**
	 * A technical user, attached at once with modification in the structure's open areas;
	 * the primary manager may narrow its rights or detach it like anyone's.
	 */
	static Membership technical(long structureId, AccountId account, Set<WorkArea> areas, Instant now) {
		Membership membership = new Membership(null, structureId, account.value(), now);
		membership.role = MemberRole.UTILISATEUR;
		membership.status = MembershipStatus.VALIDEE;
		membership.decidedAt = now;
		membership.grant(allRights(areas));
		return membership;
	}

	static Membership requested(long structureId, AccountId account, String message, Instant now) {
		Membership membership = new Membership(null, structureId, account.value(), now);
		membership.role = MemberRole.UTILISATEUR;
		membership.status = MembershipStatus.EN_COURS_DE_VALIDATION;
		membership.comment = Text.optional(message, "message", COMMENT_MAX);
		return membership;
	}

	/** Approves the request, granting modification in the structure's open areas. */
	void approve(AccountId manager, String comment, Set<WorkArea> areas, Instant now) {
		decide(MembershipStatus.VALIDEE, manager, comment, now);
		grant(allRights(areas));
	}

	void refuse(AccountId manager, String comment, Instant now) {
		decide(MembershipStatus.REFUSEE, manager, comment, now);
	}

	private void decide(MembershipStatus decision, AccountId manager, String comment, Instant now) {
		if (this.status != MembershipStatus.EN_COURS_DE_VALIDATION) {
			throw Refusal.of("membership.alreadyDecided");
		}
		this.status = decision;
		this.comment = Text.optional(comment, "comment", COMMENT_MAX);
		this.decidedBy = manager.value();
		this.decidedAt = now;
	}

	/** The person left: detached by the primary manager, who cannot detach themselves. */
	void detach(AccountId manager, Instant now) {
		if (this.role == MemberRole.GESTIONNAIRE_PRINCIPAL) {
			throw Refusal.of("membership.primaryManagerStays");
		}
		if (this.status != MembershipStatus.VALIDEE) {
			throw Refusal.of("membership.notActive");
		}
		this.status = MembershipStatus.DESACTIVEE;
		this.rights.clear();
		this.decidedBy = manager.value();
		this.decidedAt = now;
	}

	/** Sets the member's rights; a work area missing from the map is not accessible. */
	void grant(Map<WorkArea, AccessRight> granted) {
		if (this.role == MemberRole.GESTIONNAIRE_PRINCIPAL
				&& granted.values().stream().anyMatch(r -> r != AccessRight.MODIFICATION)) {
			throw Refusal.of("membership.primaryManagerRights");
		}
		this.rights = granted.entrySet()
			.stream()
			.map(entry -> new GrantedRight(entry.getKey(), entry.getValue()))
			.collect(Collectors.toCollection(HashSet::new));
	}

	void becomePrimaryManager(Set<WorkArea> areas) {
		if (this.status != MembershipStatus.VALIDEE) {
			throw Refusal.of("membership.notActive");
		}
		this.role = MemberRole.GESTIONNAIRE_PRINCIPAL;
		grant(allRights(areas));
	}

	/**
	 * Appointed primary manager by support, whatever the membership was (pending, refused
	 * or detached): support checked that the person works for the structure.
	 */
	void appoint(AccountId agent, Set<WorkArea> areas, Instant now) {
		this.status = MembershipStatus.VALIDEE;
		this.decidedBy = agent.value();
		this.decidedAt = now;
		this.role = MemberRole.GESTIONNAIRE_PRINCIPAL;
		grant(allRights(areas));
	}

	void stepDown() {
		this.role = MemberRole.UTILISATEUR;
	}

	boolean active() {
		return this.status == MembershipStatus.VALIDEE;
	}

	boolean primaryManager() {
		return active() && this.role == MemberRole.GESTIONNAIRE_PRINCIPAL;
	}

	Optional<AccessRight> right(WorkArea area) {
		return this.rights.stream().filter(r -> r.workArea() == area).map(GrantedRight::level).findFirst();
	}

	MembershipView view() {
		Map<WorkArea, AccessRight> granted = new EnumMap<>(WorkArea.class);
		this.rights.forEach(r -> granted.put(r.workArea(), r.level()));
		return new MembershipView(this.id, new StructureId(this.structureId), new AccountId(this.accountId), this.role,
				this.status, Optional.ofNullable(this.comment), this.requestedAt, Optional.ofNullable(this.decidedAt),
				granted);
	}

	Long id() {
		return this.id;
	}

	long structureId() {
		return this.structureId;
	}

	AccountId accountId() {
		return new AccountId(this.accountId);
	}

	private static Map<WorkArea, AccessRight> allRights(Set<WorkArea> areas) {
		Map<WorkArea, AccessRight> all = new EnumMap<>(WorkArea.class);
		areas.forEach(area -> all.put(area, AccessRight.MODIFICATION));
		return all;
	}

}
