package org.chorale.structure;

import java.util.Optional;
import java.util.Set;

import org.chorale.shared.StructureIdentifier;

/**
 * A structure as pages and other modules see it.
 *
 * @param address empty when the structure is non-diffusible (or was entered without one)
 * @param nonDiffusible INSEE's "non diffusible" status ({@code nonDiffusibleInsee})
 */
public record StructureView(StructureId id, StructureIdentifier identifier, Country country, String name,
		StructureKind kind, boolean nonDiffusible, Optional<Address> address, Set<WorkArea> workAreas) {

	public boolean opened(WorkArea area) {
		return this.workAreas.contains(area);
	}

}
