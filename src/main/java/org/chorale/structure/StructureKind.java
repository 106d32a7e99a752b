package org.chorale.structure;

/** Chorus Pro's {@code structurePriveePublique}. */
public enum StructureKind {

	/** A supplier: a company, an association, a private person. */
	PRIVEE,
	/** A public body that receives invoices. */
	PUBLIQUE

}
