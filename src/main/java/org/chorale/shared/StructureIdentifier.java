package org.chorale.shared;

/**
 * How a structure is known on the platform: an {@link IdentifierType} and an identifier
 * in that type's format, normalised (spaces removed, upper case where the format has
 * letters).
 */
public record StructureIdentifier(IdentifierType type, String value) {

	public StructureIdentifier {
		if (type == null) {
			throw new InvalidIdentifier("identifier.type.required");
		}
		value = type.check(value == null ? "" : value);
	}

	public static StructureIdentifier of(Siret siret) {
		return new StructureIdentifier(IdentifierType.SIRET, siret.value());
	}

	@Override
	public String toString() {
		return this.type + " " + this.value;
	}

}
