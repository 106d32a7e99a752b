package org.chorale.invoice;

/** Chorus Pro's {@code modeDepot}: how a deposit reached the platform. */
public enum DepositChannel {

	/** Files and archives uploaded on the portal. */
	UPLOAD_PORTAIL,
	/** Files sent through the API (deposerFluxFacture). */
	UPLOAD_API,
	/** Invoices sent as data through the API (soumettreFacture), written as Factur-X. */
	SAISIE_API,
	/** A plain PDF invoice with its data sent through the API (soumettreFacture). */
	DEPOT_PDF_API,
	/** Invoices entered on the portal's form, which Chorale writes as Factur-X. */
	SAISIE_PORTAIL,
	/** Plain PDF invoices uploaded on the portal with their form. */
	DEPOT_PDF_PORTAIL

}
