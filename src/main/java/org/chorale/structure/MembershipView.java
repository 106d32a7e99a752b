package org.chorale.structure;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.chorale.account.AccountId;

/**
 * A person's attachment to a structure as pages show it.
 *
 * @param comment the requester's message, then the manager's comment on the decision
 */
public record MembershipView(Long id, StructureId structureId, AccountId accountId, MemberRole role,
		MembershipStatus status, Optional<String> comment, Instant requestedAt, Optional<Instant> decidedAt,
		Map<WorkArea, AccessRight> rights) {

	public boolean primaryManager() {
		return this.status == MembershipStatus.VALIDEE && this.role == MemberRole.GESTIONNAIRE_PRINCIPAL;
	}

}
