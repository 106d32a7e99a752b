package org.chorale.directory;

import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A public structure in the directory: who it is, where, and what it asks of the invoices
 * sent to it. Only an active recipient receives invoices.
 */
@Table("recipient")
class Recipient {

	@Id
	private Long id;

	private final IdentifierType identifierType;

	private final String identifier;

	private String name;

	@Embedded.Empty
	private RecipientParameters parameters;

	private boolean active;

	private String addressLine;

	@Column("address_complement_1")
	private String addressComplement1;

	@Column("address_complement_2")
	private String addressComplement2;

	private String postalCode;

	private String city;

	private String phone;

	private String email;

	private String country;

	private String countryName;

	private String searchText;

	@Version
	private int version;

	@PersistenceCreator
	Recipient(Long id, IdentifierType identifierType, String identifier) {
		this.id = id;
		this.identifierType = identifierType;
		this.identifier = identifier;
	}

	/**
	 * A recipient for a public structure of the platform that the directory did not list
	 * yet: active, asking nothing of invoices until its managers say otherwise.
	 */
	static Recipient publish(StructureIdentifier identifier, String country, String name, RecipientAddress address) {
		Recipient recipient = new Recipient(null, identifier.type(), identifier.value());
		recipient.name = name;
		recipient.parameters = RecipientParameters.OPEN;
		recipient.active = true;
		recipient.country = country;
		recipient.addressLine = address.line();
		recipient.addressComplement1 = address.complement();
		recipient.postalCode = address.postalCode();
		recipient.city = address.city();
		recipient.searchText = SearchText.of(name, address.postalCode(), address.city(), identifier.value());
		return recipient;
	}

	/**
	 * Sets what its managers decide; the EDI flags come with the structure's EDI
	 * connection, so the ones given are ignored.
	 */
	void configure(RecipientParameters decided, boolean active) {
		this.parameters = new RecipientParameters(this.parameters.ediSender(), this.parameters.ediReceiver(),
				decided.paymentStatusReported(), decided.commitmentRequired(), decided.serviceRequired(),
				decided.serviceOrCommitment(), decided.moa(), decided.moaOnly());
		this.active = active;
	}

	Long id() {
		return this.id;
	}

	RecipientView view() {
		return new RecipientView(this.id, new StructureIdentifier(this.identifierType, this.identifier), this.name,
				this.parameters, this.active,
				new RecipientAddress(this.addressLine, this.addressComplement1, this.postalCode, this.city),
				this.country);
	}

}
