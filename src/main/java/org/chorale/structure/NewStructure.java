package org.chorale.structure;

/**
 * A structure as its first person describes it at sign-up.
 *
 * @param nonDiffusible whether INSEE marks it non diffusible; its address is then neither
 * asked nor kept
 * @param kind public when SIRENE gives it a legal category of public law
 */
public record NewStructure(org.chorale.shared.StructureIdentifier identifier, Country country, StructureDetails details,
		boolean nonDiffusible, StructureKind kind) {

}
