package org.chorale.invoice.validation;

import java.util.List;
import java.util.Locale;

import com.helger.io.resource.inmemory.ReadableResourceByteArray;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.xml.source.ValidationSourceXML;

/**
 * phive alone on a file, with its own executors and the rule set Chorale would choose:
 * the baseline the deposit benchmark compares Chorale's whole intake with, and the
 * findings the corpus tests expect Chorale's own run of the same rules to give.
 */
public final class RawPhive {

	private final RuleSets ruleSets;

	public RawPhive(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	/** The EN 16931 rule set for this XML invoice's root element. */
	public static RuleSet ruleSet(byte[] xml) throws Unreadable {
		Syntax syntax = switch (XmlHead.read(xml).localName()) {
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
		return findings(set, "invoice.xml", xml).stream().noneMatch(Finding::error);
	}

	/** Every finding of phive's executors: the schema's, then the Schematron's. */
	public List<Finding> findings(RuleSet set, String name, byte[] xml) {
		return ValidationExecutionManager
			.executeValidation(IValidityDeterminator.createDefault(), this.ruleSets.phive(set),
					ValidationSourceXML.create(new ReadableResourceByteArray(name, xml, false)), Locale.ENGLISH)
			.getAllFailures()
			.stream()
			.map(PhiveFindings::of)
			.toList();
	}

	/** phive's Schematron executors alone, for fragments that no schema accepts. */
	public List<Finding> rulesOnly(RuleSet set, String name, byte[] xml) {
		ValidationSourceXML source = ValidationSourceXML.create(new ReadableResourceByteArray(name, xml, false));
		ValidationResultList results = new ValidationResultList(source);
		this.ruleSets.phive(set)
			.getAllExecutors()
			.stream()
			.filter(executor -> executor.getValidationArtefact().getValidationType().getBaseType().isSchematron())
			.forEach(executor -> results
				.add(executor.applyValidation(source, IValidityDeterminator.createDefault(), Locale.ENGLISH)));
		return results.getAllFailures().stream().map(PhiveFindings::of).toList();
	}

}
