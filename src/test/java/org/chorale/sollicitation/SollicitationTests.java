package org.chorale.sollicitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.chorale.account.AccountId;
import org.chorale.shared.Refusal;
import org.chorale.sollicitation.Sollicitation.Addressee;
import org.chorale.sollicitation.Sollicitation.Author;
import org.chorale.sollicitation.Sollicitation.InvoiceRef;
import org.chorale.sollicitation.Sollicitation.Sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request's own rules: who answers it, the status each message leads to, the end. */
class SollicitationTests {

	static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

	static final Author CLAIRE = new Author(new AccountId(1), "Claire DUPONT");

	static final Author MARC = new Author(new AccountId(2), "Marc LEROY");

	static final Addressee COMMUNE = new Addressee("21999900000017", "COMMUNE DE DEMOVILLE");

	@Test
	void aQuestionAboutInvoicesGoesToTheirRecipientAndIsSentWithItsMessageFirst() {
		Sollicitation request = aboutInvoice();
		assertThat(request.answeredBy()).isEqualTo(Side.DESTINATAIRE);
		assertThat(request.status()).isEqualTo(SollicitationStatus.ENVOYEE);
		assertThat(request.messages()).extracting(Sollicitation.Message::body).containsExactly("Où en est-elle ?");
		assertThat(request.history()).extracting(Sollicitation.StatusChange::status)
			.containsExactly(SollicitationStatus.ENVOYEE);
	}

	@Test
	void aSupportCategoryGoesToSupportWhateverRecipientWasTyped() {
		Sollicitation request = Sollicitation.send(sender(), Optional.of(COMMUNE), SubCategory.NOMINATION_GESTIONNAIRE,
				"Notre gestionnaire est parti", "Merci de me nommer.", List.of(), List.of(), CLAIRE, AT);
		assertThat(request.answeredBy()).isEqualTo(Side.SUPPORT);
		assertThat(request.addressee()).isEmpty();
	}

	@Test
	void aRecipientsCategoryNeedsARecipientAndOnlyTheInvoicesCategoryNamesInvoices() {
		assertThatThrownBy(() -> Sollicitation.send(sender(), Optional.empty(), SubCategory.PAIEMENT, "Paiement",
				"Quand ?", List.of(), List.of(), CLAIRE, AT))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).hasValue("recipientSiret"));
		assertThatThrownBy(() -> Sollicitation.send(sender(), Optional.of(COMMUNE), SubCategory.QUESTION_GENERALE,
				"Question", "Bonjour", List.of(new InvoiceRef(7, "F-1")), List.of(), CLAIRE, AT))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).hasValue("invoiceNumbers"));
	}

	@Test
	void takenInHandThenAnsweredThenBackWithTheRecipientWhenTheSenderReplies() {
		Sollicitation request = aboutInvoice();
		request.takeInHand(MARC, AT.plusSeconds(60));
		assertThat(request.assignee()).hasValue("Marc LEROY");
		assertThatThrownBy(() -> request.takeInHand(MARC, AT)).isInstanceOf(Refusal.class);
		request.reply(Side.DESTINATAIRE, MARC, "Elle est en paiement.", List.of(), AT.plusSeconds(120));
		assertThat(request.status()).isEqualTo(SollicitationStatus.REPONDUE);
		request.reply(Side.EMETTEUR, CLAIRE, "Sous quel délai ?\nMerci.", List.of(), AT.plusSeconds(180));
		assertThat(request.status()).isEqualTo(SollicitationStatus.EN_COURS);
		assertThat(request.history()).extracting(Sollicitation.StatusChange::status)
			.containsExactly(SollicitationStatus.ENVOYEE, SollicitationStatus.EN_COURS, SollicitationStatus.REPONDUE,
					SollicitationStatus.EN_COURS);
		assertThat(request.messages()).hasSize(3)
			.last()
			.extracting(Sollicitation.Message::body)
			.isEqualTo("Sous quel délai ?\nMerci.");
	}

	@Test
	void aClosedRequestTakesNothingMore() {
		Sollicitation request = aboutInvoice();
		request.close(CLAIRE, AT);
		assertThat(request.status()).isEqualTo(SollicitationStatus.CLOTUREE);
		assertThatThrownBy(() -> request.reply(Side.DESTINATAIRE, MARC, "Trop tard", List.of(), AT))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("clôturée");
		assertThatThrownBy(() -> request.close(MARC, AT)).isInstanceOf(Refusal.class);
	}

	@Test
	void theRecipientTransfersToSupportWhoFindsItSentAgain() {
		Sollicitation request = aboutInvoice();
		request.takeInHand(MARC, AT);
		request.transferToSupport(MARC, "Question sur le portail, pas sur la facture.", AT.plusSeconds(60));
		assertThat(request.answeredBy()).isEqualTo(Side.SUPPORT);
		assertThat(request.status()).isEqualTo(SollicitationStatus.ENVOYEE);
		assertThat(request.assignee()).isEmpty();
		assertThatThrownBy(() -> request.transferToSupport(MARC, "Encore", AT)).isInstanceOf(Refusal.class);
	}

	@Test
	void anEmptyMessageOrSubjectIsRefusedOnItsField() {
		assertThatThrownBy(() -> Sollicitation.send(sender(), Optional.of(COMMUNE), SubCategory.PAIEMENT, " ", "x",
				List.of(), List.of(), CLAIRE, AT))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).hasValue("subject"));
		Sollicitation request = aboutInvoice();
		assertThatThrownBy(() -> request.reply(Side.EMETTEUR, CLAIRE, "  \n ", List.of(), AT))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).hasValue("message"));
	}

	@Test
	void everyStatusSaysWhereItMayGo() {
		assertThat(SollicitationStatus.ENVOYEE.canMoveTo(SollicitationStatus.REPONDUE)).isTrue();
		assertThat(SollicitationStatus.REPONDUE.canMoveTo(SollicitationStatus.ENVOYEE)).isFalse();
		for (SollicitationStatus status : SollicitationStatus.values()) {
			assertThat(SollicitationStatus.CLOTUREE.canMoveTo(status)).isFalse();
		}
	}

	private static Sollicitation aboutInvoice() {
		return Sollicitation.send(sender(), Optional.of(COMMUNE), SubCategory.SUIVI_TRAITEMENT, "Facture F-1",
				"Où en est-elle ?", List.of(new InvoiceRef(7, "F-1")), List.of(), CLAIRE, AT);
	}

	private static Sender sender() {
		return new Sender(1, "PAPETERIE TEST", new AccountId(1));
	}

}
