package org.chorale.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;
import org.chorale.shared.Text;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A commitment (engagement juridique) a public structure registers: its number, the
 * supplier it was made with, the amount, its dates and status. An invoice may refer to it
 * when it is its supplier's, ordered, and valid on the invoice's date.
 */
@Table("commitment")
class Commitment {

	/** Chorus Pro's limit, which connectors check. */
	static final int NUMBER_MAX = 50;

	@Id
	private Long id;

	private final long recipient;

	private final String number;

	private IdentifierType supplierIdentifierType;

	private String supplierIdentifier;

	private BigDecimal amount;

	private LocalDate startDate;

	private LocalDate endDate;

	private CommitmentStatus status;

	@Version
	private int version;

	@PersistenceCreator
	Commitment(Long id, long recipient, String number) {
		this.id = id;
		this.recipient = recipient;
		this.number = number;
	}

	static Commitment register(long recipient, String number, CommitmentDetails details) {
		Commitment commitment = new Commitment(null, recipient, Text.required(number, "number", NUMBER_MAX));
		commitment.edit(details);
		return commitment;
	}

	void edit(CommitmentDetails details) {
		this.supplierIdentifierType = details.supplier().type();
		this.supplierIdentifier = details.supplier().value();
		this.amount = details.amount();
		this.startDate = details.startDate();
		this.endDate = details.endDate().orElse(null);
		this.status = details.status();
	}

	void changeStatus(CommitmentStatus status) {
		edit(new CommitmentDetails(supplier(), this.amount, this.startDate, Optional.ofNullable(this.endDate), status));
	}

	/**
	 * Why an invoice of this supplier dated so may not refer to this commitment; empty
	 * when it may. An unknown supplier is not checked.
	 */
	Optional<RoutingProblem> refusalFor(Optional<StructureIdentifier> supplier, LocalDate date) {
		if (supplier.isPresent() && !supplier.get().equals(supplier())) {
			return Optional.of(new RoutingProblem(RoutingRefusal.COMMITMENT_OF_ANOTHER_SUPPLIER, this.number));
		}
		if (this.status != CommitmentStatus.COMMANDE) {
			return Optional.of(new RoutingProblem((this.status == CommitmentStatus.ANNULE)
					? RoutingRefusal.COMMITMENT_CANCELLED : RoutingRefusal.COMMITMENT_CLOSED, this.number));
		}
		if (date.isBefore(this.startDate) || (this.endDate != null && date.isAfter(this.endDate))) {
			return Optional.of(new RoutingProblem(RoutingRefusal.COMMITMENT_OUT_OF_DATES, this.number, this.startDate,
					(this.endDate != null) ? this.endDate : "—"));
		}
		return Optional.empty();
	}

	String number() {
		return this.number;
	}

	long recipient() {
		return this.recipient;
	}

	StructureIdentifier supplier() {
		return new StructureIdentifier(this.supplierIdentifierType, this.supplierIdentifier);
	}

}
