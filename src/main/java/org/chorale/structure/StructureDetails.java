package org.chorale.structure;

import org.chorale.shared.Text;

import java.util.Optional;

/**
 * What the structure form edits: its name (raison sociale, or the person's name for a
 * private person) and its address, which a non-diffusible structure has not.
 */
public record StructureDetails(String name, Optional<Address> address) {

	static final int NAME_MAX = 200;

	public StructureDetails {
		name = Text.required(name, "name", NAME_MAX);
	}

}
