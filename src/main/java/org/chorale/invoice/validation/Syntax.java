package org.chorale.invoice.validation;

/**
 * The invoice syntaxes Chorale reads, with Chorus Pro's {@code syntaxeFlux} code for
 * each.
 */
public enum Syntax {

	UBL_INVOICE("IN_DP_E1_UBL_INVOICE"), UBL_CREDIT_NOTE("IN_DP_E1_UBL_INVOICE"), CII("IN_DP_E1_CII_16B"),
	/** A PDF/A-3 carrying CII XML (Factur-X, ZUGFeRD 2). */
	FACTUR_X("IN_DP_E2_CII_FACTURX"),
	/**
	 * A plain PDF with the form its supplier filled in, kept as MINIMUM CII (a mixed
	 * flow).
	 */
	PDF_WITH_FORM("IN_DP_E2_CII_MIN_16B");

	static final String UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

	static final String UBL_CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

	static final String CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

	private final String syntaxeFlux;

	Syntax(String syntaxeFlux) {
		this.syntaxeFlux = syntaxeFlux;
	}

	public String syntaxeFlux() {
		return this.syntaxeFlux;
	}

	public boolean ubl() {
		return this == UBL_INVOICE || this == UBL_CREDIT_NOTE;
	}

}
