package org.chorale.invoice.validation;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.france.FranceCTCValidation;
import com.helger.phive.zugferd.ZugferdValidation;

/**
 * The rule sets Chorale validates with, each a phive "validation executor set" (XSD then
 * Schematron). An invoice is checked against the one its syntax and specification
 * identifier (BT-24) call for.
 */
public enum RuleSet {

	EN16931_UBL_INVOICE(EN16931Validation.VID_UBL_INVOICE_1316),
	EN16931_UBL_CREDIT_NOTE(EN16931Validation.VID_UBL_CREDIT_NOTE_1316), EN16931_CII(EN16931Validation.VID_CII_1316),
	/**
	 * Factur-X profiles below EN 16931: only valid inside their PDF, which is the
	 * invoice.
	 */
	FACTURX_MINIMUM(ZugferdValidation.VID_ZUGFERD_2_4_MINIMUM),
	FACTURX_BASIC_WL(ZugferdValidation.VID_ZUGFERD_2_4_BASIC_WL),
	FACTURX_BASIC(ZugferdValidation.VID_ZUGFERD_2_4_BASIC),
	FACTURX_EXTENDED(ZugferdValidation.VID_ZUGFERD_2_4_EXTENDED),
	/** The French reform's extended profile, for invoices that declare it in BT-24. */
	FR_EXTENDED_CTC_UBL_INVOICE(FranceCTCValidation.VID_FR_EXTENDED_CTC_UBL_INV_1_3_0),
	FR_EXTENDED_CTC_UBL_CREDIT_NOTE(FranceCTCValidation.VID_FR_EXTENDED_CTC_UBL_CN_1_3_0),
	FR_EXTENDED_CTC_CII(FranceCTCValidation.VID_FR_EXTENDED_CTC_CII_1_3_0);

	/** BT-24 of the French reform's extended profile (XP Z12-012). */
	static final String FRENCH_EXTENDED = "urn.cpro.gouv.fr:1p0:extended-ctc-fr";

	private final DVRCoordinate id;

	RuleSet(DVRCoordinate id) {
		this.id = id;
	}

	DVRCoordinate id() {
		return this.id;
	}

	/** MINIMUM and BASIC WL lack the lines and totals an EN 16931 invoice has. */
	public boolean partial() {
		return this == FACTURX_MINIMUM || this == FACTURX_BASIC_WL;
	}

	/**
	 * The rule set for a document of this root element and specification identifier.
	 */
	static RuleSet of(Syntax syntax, String specification) {
		boolean french = specification.contains(FRENCH_EXTENDED);
		return switch (syntax) {
			case UBL_INVOICE -> french ? FR_EXTENDED_CTC_UBL_INVOICE : EN16931_UBL_INVOICE;
			case UBL_CREDIT_NOTE -> french ? FR_EXTENDED_CTC_UBL_CREDIT_NOTE : EN16931_UBL_CREDIT_NOTE;
			case CII, FACTUR_X, PDF_WITH_FORM -> french ? FR_EXTENDED_CTC_CII : ofFacturXProfile(specification);
		};
	}

	private static RuleSet ofFacturXProfile(String specification) {
		String profile = specification.toLowerCase(java.util.Locale.ROOT);
		if (profile.contains(":minimum")) {
			return FACTURX_MINIMUM;
		}
		if (profile.contains(":basicwl")) {
			return FACTURX_BASIC_WL;
		}
		if (profile.contains(":basic")) {
			return FACTURX_BASIC;
		}
		return profile.contains(":extended") ? FACTURX_EXTENDED : EN16931_CII;
	}

}
