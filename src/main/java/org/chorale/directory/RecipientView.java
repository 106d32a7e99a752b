package org.chorale.directory;

import org.chorale.shared.StructureIdentifier;

/** A recipient as pages and other modules see it. */
public record RecipientView(long id, StructureIdentifier identifier, String name, RecipientParameters parameters,
		boolean active, RecipientAddress address, String country) {

}
