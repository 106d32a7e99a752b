package org.chorale.directory;

/**
 * Where a commitment (engagement juridique) stands: only an ordered one accepts invoices.
 */
public enum CommitmentStatus {

	/**
	 * Ordered: open to invoices (Chorus Pro's etatCourantEngagementJuridique COMMANDE).
	 */
	COMMANDE,
	/** Closed: fully invoiced or ended. */
	CLOTURE,
	/** Cancelled. */
	ANNULE;

	public String labelKey() {
		return "commitment.status." + name();
	}

}
