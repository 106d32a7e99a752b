package org.chorale.structure;

/**
 * A structure as its first person describes it at sign-up.
 *
 * @param nonDiffusible whether INSEE marks it non diffusible; its address is then neither
 * asked nor kept
 */
public record NewStructure(org.chorale.shared.StructureIdentifier identifier, Country country, StructureDetails details,
		boolean nonDiffusible) {

}
