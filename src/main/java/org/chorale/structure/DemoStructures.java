package org.chorale.structure;

/** The SIRETs of a demo instance's ready supplier and public recipient. */
public final class DemoStructures {

	/** Papeterie Démo des Lilas, the demo supplier. */
	public static final String SUPPLIER_SIRET = "12345678200010";

	/** Commune de Démoville, the demo public recipient. */
	public static final String RECIPIENT_SIRET = "21999900000017";

	private DemoStructures() {
	}

}
