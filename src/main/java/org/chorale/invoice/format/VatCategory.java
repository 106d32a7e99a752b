package org.chorale.invoice.format;

/**
 * The VAT categories (UNTDID 5305, EN 16931 BT-151) the portal's entry form offers, with
 * what each demands: a rate for S, none for the others, and an exemption reason for E and
 * AE.
 */
public enum VatCategory {

	/** Standard rate. */
	S(true, false),
	/** Zero rated. */
	Z(false, false),
	/** Exempt from VAT. */
	E(false, true),
	/** Reverse charge (autoliquidation). */
	AE(false, true);

	private final boolean rated;

	private final boolean exemptionReason;

	VatCategory(boolean rated, boolean exemptionReason) {
		this.rated = rated;
		this.exemptionReason = exemptionReason;
	}

	/** Whether the category carries a rate above zero; the others are at 0 %. */
	public boolean rated() {
		return this.rated;
	}

	/** Whether EN 16931 requires an exemption reason (BT-120) for it. */
	public boolean needsExemptionReason() {
		return this.exemptionReason;
	}

	public String labelKey() {
		return "vat.category." + name();
	}

}
