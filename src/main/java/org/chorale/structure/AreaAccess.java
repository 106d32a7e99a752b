package org.chorale.structure;

import org.chorale.shared.StructureIdentifier;

/**
 * What a member may do in one opened work area of a structure, with what pages and
 * deposits need of the structure: checked on every request, so read in one query.
 */
public record AreaAccess(StructureId id, StructureIdentifier identifier, String name, AccessRight right) {

	public boolean modify() {
		return this.right == AccessRight.MODIFICATION;
	}

}
