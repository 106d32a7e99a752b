package org.chorale.invoice;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Chorus Pro's invoice statuses ({@code statutFacture}) that Chorale gives, with who may
 * move an invoice from one to another: the transition table is data, so that "which
 * statuses are possible from here" has an answer for every status. Each status also says
 * its code in the French reform's lifecycle messages (CDAR, XP Z12-012).
 */
public enum InvoiceStatus {

	/** Integrated by the platform; its deposit date is opposable to the recipient. */
	DEPOSEE(200),
	/**
	 * A subcontractor's or co-contractor's invoice waiting for the structure that
	 * validates it (the main contractor, the mandataire); the recipient does not see it
	 * yet.
	 */
	A_VALIDER_1(202),
	/** Approved by its validator: made available to the recipient at once. */
	VALIDEE_1(202),
	/** Refused by its validator: final, the recipient never sees it. */
	REFUSEE_1(210),
	/** Its validator said nothing within 15 days: approved tacitly, made available. */
	ABSENCE_VALIDATION_1_HORS_DELAI(202),
	/** In the recipient's "Factures reçues". */
	MISE_A_DISPOSITION(203),
	/** The recipient has taken it in hand. */
	PRISE_EN_COMPTE_DESTINATAIRE(204),
	/** Missing supporting documents: the supplier completes it. */
	SUSPENDUE(208),
	/** Completed by the supplier after a suspension, back with the recipient. */
	COMPLETEE(209),
	/**
	 * Wrong recipient data (recipient, service, commitment): the supplier recycles it.
	 */
	A_RECYCLER(221),
	/** Refused by the recipient: final, the supplier issues a new invoice. */
	REJETEE(210),
	/** The goods or services were delivered. */
	SERVICE_FAIT(205),
	/** A payment order (mandat) was issued. */
	MANDATEE(205),
	/** Handed to the public accountant. */
	MISE_A_DISPOSITION_COMPTABLE(205),
	/** Entered in the accounts. */
	COMPTABILISEE(205),
	/** Paid by the public accountant: final. */
	MISE_EN_PAIEMENT(211);

	/** Who makes a status change. */
	public enum Actor {

		PLATFORM, RECIPIENT, SUPPLIER, VALIDATOR

	}

	private static final Set<InvoiceStatus> PROCESSING = EnumSet.of(PRISE_EN_COMPTE_DESTINATAIRE, SUSPENDUE, A_RECYCLER,
			REJETEE, SERVICE_FAIT, MANDATEE, MISE_A_DISPOSITION_COMPTABLE, COMPTABILISEE, MISE_EN_PAIEMENT);

	/** What the recipient may set from each status. */
	private static final Map<InvoiceStatus, Set<InvoiceStatus>> RECIPIENT = Map.ofEntries(
			Map.entry(MISE_A_DISPOSITION, PROCESSING),
			Map.entry(PRISE_EN_COMPTE_DESTINATAIRE, except(PROCESSING, PRISE_EN_COMPTE_DESTINATAIRE)),
			Map.entry(COMPLETEE, PROCESSING), Map.entry(SUSPENDUE, EnumSet.of(REJETEE)),
			Map.entry(SERVICE_FAIT,
					EnumSet.of(MANDATEE, MISE_A_DISPOSITION_COMPTABLE, COMPTABILISEE, MISE_EN_PAIEMENT, REJETEE)),
			Map.entry(MANDATEE, EnumSet.of(MISE_A_DISPOSITION_COMPTABLE, COMPTABILISEE, MISE_EN_PAIEMENT)),
			Map.entry(MISE_A_DISPOSITION_COMPTABLE, EnumSet.of(COMPTABILISEE, MISE_EN_PAIEMENT)),
			Map.entry(COMPTABILISEE, EnumSet.of(MISE_EN_PAIEMENT)));

	/** What the supplier's returns set: completing a suspended invoice. */
	private static final Map<InvoiceStatus, Set<InvoiceStatus>> SUPPLIER = Map.of(SUSPENDUE, EnumSet.of(COMPLETEE));

	/**
	 * What the platform sets: availability once integrated, validated or recycled; the
	 * validation circuit's start and its tacit end.
	 */
	private static final Map<InvoiceStatus, Set<InvoiceStatus>> PLATFORM = Map.of(DEPOSEE,
			EnumSet.of(MISE_A_DISPOSITION, A_VALIDER_1), A_RECYCLER, EnumSet.of(MISE_A_DISPOSITION), A_VALIDER_1,
			EnumSet.of(ABSENCE_VALIDATION_1_HORS_DELAI), VALIDEE_1, EnumSet.of(MISE_A_DISPOSITION),
			ABSENCE_VALIDATION_1_HORS_DELAI, EnumSet.of(MISE_A_DISPOSITION));

	/** What the validating structure decides. */
	private static final Map<InvoiceStatus, Set<InvoiceStatus>> VALIDATOR = Map.of(A_VALIDER_1,
			EnumSet.of(VALIDEE_1, REFUSEE_1));

	private final int cdar;

	InvoiceStatus(int cdar) {
		this.cdar = cdar;
	}

	/** The CDAR lifecycle code (200 Déposée ... 213 Rejetée). */
	public int cdar() {
		return this.cdar;
	}

	/** The statuses this actor may move an invoice to from this one; none when final. */
	public Set<InvoiceStatus> next(Actor actor) {
		Map<InvoiceStatus, Set<InvoiceStatus>> table = switch (actor) {
			case PLATFORM -> PLATFORM;
			case RECIPIENT -> RECIPIENT;
			case SUPPLIER -> SUPPLIER;
			case VALIDATOR -> VALIDATOR;
		};
		Set<InvoiceStatus> next = table.get(this);
		return (next != null) ? EnumSet.copyOf(next) : EnumSet.noneOf(InvoiceStatus.class);
	}

	public boolean canMoveTo(InvoiceStatus status, Actor actor) {
		return next(actor).contains(status);
	}

	/** Whether a status change to this one must say why (shown to the supplier). */
	public boolean reasonRequired() {
		return this == SUSPENDUE || this == A_RECYCLER || this == REJETEE || this == REFUSEE_1;
	}

	/** Whether a status change to this one must give the payment order's number. */
	public boolean mandateRequired() {
		return this == MANDATEE;
	}

	/** No one moves the invoice on from here. */
	public boolean finished() {
		return this == REJETEE || this == MISE_EN_PAIEMENT || this == REFUSEE_1;
	}

	/** Still with its validator, or refused by it: not the recipient's. */
	public boolean beforeRecipient() {
		return this == A_VALIDER_1 || this == REFUSEE_1;
	}

	public String labelKey() {
		return "invoice.status." + name();
	}

	/** The DSFR badge that shows it: success, info, warning or error. */
	public String badge() {
		return switch (this) {
			case REJETEE, REFUSEE_1 -> "error";
			case SUSPENDUE, A_RECYCLER, A_VALIDER_1 -> "warning";
			case SERVICE_FAIT, MANDATEE, MISE_A_DISPOSITION_COMPTABLE, COMPTABILISEE, MISE_EN_PAIEMENT -> "success";
			default -> "info";
		};
	}

	/** What the recipient may set on a selection: every processing status. */
	public static Set<InvoiceStatus> processing() {
		return EnumSet.copyOf(PROCESSING);
	}

	public String cdarKey() {
		return "invoice.cdar." + this.cdar;
	}

	private static Set<InvoiceStatus> except(Set<InvoiceStatus> statuses, InvoiceStatus left) {
		Set<InvoiceStatus> copy = EnumSet.copyOf(statuses);
		copy.remove(left);
		return copy;
	}

}
