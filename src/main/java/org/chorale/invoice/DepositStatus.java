package org.chorale.invoice;

/**
 * Chorus Pro's {@code etatCourantDepotFlux}: a deposit is received, processed file by
 * file, then integrated wholly, partly, or not at all.
 */
public enum DepositStatus {

	IN_RECU, IN_EN_COURS_TRAITEMENT, IN_INTEGRE, IN_INTEGRE_PARTIEL, IN_REJETE;

	/** The status once this many of the deposit's files are processed. */
	static DepositStatus after(int processed, int integrated, int files) {
		if (processed < files) {
			return IN_EN_COURS_TRAITEMENT;
		}
		if (integrated == files) {
			return IN_INTEGRE;
		}
		return (integrated == 0) ? IN_REJETE : IN_INTEGRE_PARTIEL;
	}

	public boolean finished() {
		return this == IN_INTEGRE || this == IN_INTEGRE_PARTIEL || this == IN_REJETE;
	}

	public String labelKey() {
		return "deposit.status." + name();
	}

}
