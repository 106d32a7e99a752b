package org.chorale.invoice.validation;

/**
 * phive alone on a file, with the rule set Chorale would choose: the baseline the deposit
 * benchmark compares Chorale's whole intake with.
 */
public final class RawPhive {

	private final RuleSets ruleSets;

	public RawPhive(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	/** The rule set for this XML invoice, chosen as {@link InvoiceValidator} does. */
	public static RuleSet ruleSet(byte[] xml) throws Unreadable {
		org.w3c.dom.Element root = SafeXml.parse(xml).getDocumentElement();
		Syntax syntax = switch (root.getLocalName()) {
			case "Invoice" -> Syntax.UBL_INVOICE;
			case "CreditNote" -> Syntax.UBL_CREDIT_NOTE;
			default -> Syntax.CII;
		};
		return RuleSet.of(syntax, "");
	}

	/**
	 * @return whether phive found no error
	 */
	public boolean validate(RuleSet set, byte[] xml) {
		return this.ruleSets.check(set, "invoice.xml", xml).stream().noneMatch(Finding::error);
	}

}
