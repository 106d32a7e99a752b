package org.chorale.structure;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A structure: a legal entity known by country, identifier type and identifier. A
 * structure INSEE marks "non diffusible" never has an address stored, so none can be
 * shown.
 */
@Table("structure")
class Structure {

	@Id
	private Long id;

	private final IdentifierType identifierType;

	private final String identifier;

	private final String country;

	private String name;

	private final StructureKind kind;

	private final boolean nonDiffusible;

	private String addressLine;

	private String addressComplement;

	private String postalCode;

	private String city;

	private String addressCountry;

	private final Instant createdAt;

	@Version
	private int version;

	@MappedCollection(idColumn = "structure")
	private Set<OpenWorkArea> workAreas = new HashSet<>();

	@PersistenceCreator
	Structure(Long id, IdentifierType identifierType, String identifier, String country, StructureKind kind,
			boolean nonDiffusible, Instant createdAt) {
		this.id = id;
		this.identifierType = identifierType;
		this.identifier = identifier;
		this.country = country;
		this.kind = kind;
		this.nonDiffusible = nonDiffusible;
		this.createdAt = createdAt;
	}

	static Structure create(NewStructure structure, Set<WorkArea> workAreas, Instant now) {
		Structure created = new Structure(null, structure.identifier().type(), structure.identifier().value(),
				structure.country().code(), structure.kind(), structure.nonDiffusible(), now);
		created.edit(structure.details());
		created.open(workAreas);
		return created;
	}

	void edit(StructureDetails details) {
		this.name = details.name();
		Optional<Address> address = this.nonDiffusible ? Optional.empty() : details.address();
		this.addressLine = address.map(Address::line).orElse(null);
		this.addressComplement = address.map(Address::complement).orElse(null);
		this.postalCode = address.map(Address::postalCode).orElse(null);
		this.city = address.map(Address::city).orElse(null);
		this.addressCountry = address.map(a -> a.country().code()).orElse(null);
	}

	/** Opens exactly these work areas, closing the others. */
	void open(Set<WorkArea> areas) {
		this.workAreas = areas.stream().map(OpenWorkArea::new).collect(Collectors.toCollection(HashSet::new));
	}

	StructureView view() {
		Optional<Address> address = Address.stored(this.addressLine, this.addressComplement, this.postalCode, this.city,
				this.addressCountry);
		Set<WorkArea> areas = EnumSet.noneOf(WorkArea.class);
		this.workAreas.forEach(area -> areas.add(area.workArea()));
		return new StructureView(new StructureId(this.id),
				new StructureIdentifier(this.identifierType, this.identifier), new Country(this.country), this.name,
				this.kind, this.nonDiffusible, address, areas);
	}

	Long id() {
		return this.id;
	}

}
