package org.chorale.structure;

import java.util.Optional;

/** Chorus Pro's {@code structurePriveePublique}. */
public enum StructureKind {

	/** A supplier: a company, an association, a private person. */
	PRIVEE,
	/** A public body that receives invoices. */
	PUBLIQUE;

	/**
	 * The kind INSEE's legal category (catégorie juridique) says: its first digit 7 is
	 * for legal persons under administrative law (the State, local authorities, public
	 * establishments), which receive invoices.
	 */
	static StructureKind of(Optional<String> categorieJuridique) {
		return categorieJuridique.filter(category -> category.startsWith("7")).isPresent() ? PUBLIQUE : PRIVEE;
	}

}
