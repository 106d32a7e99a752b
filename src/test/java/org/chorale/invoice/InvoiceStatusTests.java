package org.chorale.invoice;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import org.chorale.invoice.InvoiceStatus.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/** Chorus Pro's transition table, held as data. */
class InvoiceStatusTests {

	@Test
	void everyStatusSaysWhatMayFollowItAndFinalOnesNothing() {
		for (InvoiceStatus status : InvoiceStatus.values()) {
			for (Actor actor : Actor.values()) {
				assertThat(status.next(actor)).as(status + " by " + actor).isNotNull();
			}
			if (status.finished()) {
				assertThat(EnumSet.allOf(Actor.class)).allSatisfy(actor -> assertThat(status.next(actor)).isEmpty());
			}
		}
		assertThat(InvoiceStatus.MISE_A_DISPOSITION.next(Actor.RECIPIENT)).contains(InvoiceStatus.SUSPENDUE,
				InvoiceStatus.A_RECYCLER, InvoiceStatus.REJETEE, InvoiceStatus.SERVICE_FAIT, InvoiceStatus.MANDATEE,
				InvoiceStatus.MISE_EN_PAIEMENT);
		assertThat(InvoiceStatus.SUSPENDUE.next(Actor.SUPPLIER)).containsExactly(InvoiceStatus.COMPLETEE);
		assertThat(InvoiceStatus.A_RECYCLER.next(Actor.PLATFORM)).containsExactly(InvoiceStatus.MISE_A_DISPOSITION);
		assertThat(InvoiceStatus.MANDATEE.canMoveTo(InvoiceStatus.SERVICE_FAIT, Actor.RECIPIENT)).isFalse();
		assertThat(InvoiceStatus.SERVICE_FAIT.canMoveTo(InvoiceStatus.SERVICE_FAIT, Actor.RECIPIENT)).isFalse();
		assertThat(InvoiceStatus.DEPOSEE.canMoveTo(InvoiceStatus.SERVICE_FAIT, Actor.RECIPIENT)).isFalse();
	}

	@Test
	void returnsToTheSupplierNeedAReasonAndAPaymentOrderItsNumber() {
		assertThat(EnumSet.allOf(InvoiceStatus.class).stream().filter(InvoiceStatus::reasonRequired))
			.containsExactlyInAnyOrder(InvoiceStatus.SUSPENDUE, InvoiceStatus.A_RECYCLER, InvoiceStatus.REJETEE,
					InvoiceStatus.REFUSEE_1);
		assertThat(InvoiceStatus.MANDATEE.mandateRequired()).isTrue();
		assertThat(InvoiceStatus.DEPOSEE.cdar()).isEqualTo(200);
		assertThat(InvoiceStatus.REJETEE.cdar()).isEqualTo(210);
	}

}
