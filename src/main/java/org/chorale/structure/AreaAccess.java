package org.chorale.structure;

import org.chorale.shared.StructureIdentifier;

/**
 * What a member may do in one opened work area of a structure, with what pages and
 * deposits need of the structure: checked on every request, so read in one query.
 */
public record AreaAccess(StructureView structure, AccessRight right) {

	public StructureId id() {
		return this.structure.id();
	}

	public StructureIdentifier identifier() {
		return this.structure.identifier();
	}

	public String name() {
		return this.structure.name();
	}

	public boolean modify() {
		return this.right == AccessRight.MODIFICATION;
	}

}
