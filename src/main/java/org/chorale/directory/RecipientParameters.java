package org.chorale.directory;

/**
 * A recipient's parameters as Chorus Pro publishes them in its directory (CSV column /
 * API field).
 *
 * @param ediSender connected by EDI to send (EmetteurEdi)
 * @param ediReceiver receives its invoices by EDI (RecepteurEdi)
 * @param paymentStatusReported reports the "mise en paiement" status
 * (GestionStatutMiseEnPaiement, the opposite of statutMiseEnPaiementNestPasRemonte)
 * @param commitmentRequired invoices must give a commitment number (GestionEngagement,
 * numeroEJDoitEtreRenseigne)
 * @param serviceRequired invoices must give a service code (GestionService,
 * codeServiceDoitEtreRenseigne)
 * @param serviceOrCommitment invoices must give a service code or a commitment number
 * (GestionServiceEngagement, gestionNumeroEJOuCodeService)
 * @param moa may act as works owner, maître d'ouvrage (EstMOA)
 * @param moaOnly acts only as works owner: receives works documents, not invoices
 * (EstMOAUniquement)
 */
public record RecipientParameters(boolean ediSender, boolean ediReceiver, boolean paymentStatusReported,
		boolean commitmentRequired, boolean serviceRequired, boolean serviceOrCommitment, boolean moa,
		boolean moaOnly) {

	/** A recipient that asks nothing of invoices and reports payment. */
	static final RecipientParameters OPEN = new RecipientParameters(false, false, true, false, false, false, false,
			false);

}
