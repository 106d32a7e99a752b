package org.chorale.structure;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.chorale.account.AccountId;
import org.chorale.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MembershipTests {

	private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

	private final AccountId manager = new AccountId(1);

	@Test
	void aRequestIsDecidedOnceAndApprovalGrantsModificationInOpenAreas() {
		Membership request = Membership.requested(7, new AccountId(2), "Je suis le comptable", this.now);
		assertThat(request.view().status()).isEqualTo(MembershipStatus.EN_COURS_DE_VALIDATION);
		request.approve(this.manager, "Bienvenue", WorkArea.defaults(), this.now);
		assertThat(request.view().status()).isEqualTo(MembershipStatus.VALIDEE);
		assertThat(request.view().comment()).contains("Bienvenue");
		assertThat(request.view().rights()).containsOnlyKeys(WorkArea.defaults())
			.containsValue(AccessRight.MODIFICATION);
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> request.refuse(this.manager, "non", this.now))
			.satisfies(ex -> assertThat(ex.getCodes()).containsExactly("membership.alreadyDecided"));
	}

	@Test
	void thePrimaryManagerCannotBeDetachedNorLimitedButCanHandTheRoleOver() {
		Membership primary = Membership.primaryManager(7, this.manager, WorkArea.defaults(), this.now);
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> primary.detach(this.manager, this.now));
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> primary.grant(Map.of(WorkArea.FACTURES_EMISES, AccessRight.CONSULTATION_UNIQUEMENT)));

		Membership colleague = Membership.requested(7, new AccountId(2), null, this.now);
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> colleague.becomePrimaryManager(WorkArea.defaults()));
		colleague.approve(this.manager, null, EnumSet.of(WorkArea.FACTURES_EMISES), this.now);
		primary.stepDown();
		colleague.becomePrimaryManager(WorkArea.defaults());
		assertThat(colleague.primaryManager()).isTrue();
		assertThat(primary.primaryManager()).isFalse();
		primary.detach(new AccountId(2), this.now);
		assertThat(primary.view().status()).isEqualTo(MembershipStatus.DESACTIVEE);
		assertThat(primary.view().rights()).isEmpty();
	}

	@Test
	void aRequestMessageIsBounded() {
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> Membership.requested(7, new AccountId(2), "x".repeat(1001), this.now))
			.satisfies(ex -> assertThat(ex.field()).contains("message"));
	}

}
