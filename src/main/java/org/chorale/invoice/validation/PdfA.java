package org.chorale.invoice.validation;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.chorale.shared.Message;

/**
 * PDF/A-3b conformance of a Factur-X file, checked with veraPDF. Its failures are
 * warnings: the invoice's data are in the XML, and many Factur-X files in circulation
 * miss a detail of PDF/A that does not stop a recipient from reading them.
 */
final class PdfA {

	/** Each failed rule once, and no more than these: the first ones say what to fix. */
	private static final int MOST = 10;

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfA() {
	}

	static List<Finding> check(byte[] pdf) {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
			ValidationResult result = validator.validate(parser);
			Map<String, Finding> failed = new LinkedHashMap<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				String rule = "PDFA-" + assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
				if (assertion.getStatus() != TestAssertion.Status.PASSED && failed.size() < MOST) {
					failed.putIfAbsent(rule,
							warning(rule, new Message("validation.pdfa.rule", assertion.getRuleId().getClause(),
									Optional.ofNullable(assertion.getMessage()).orElse(""))));
				}
			}
			return List.copyOf(failed.values());
		}
		catch (Exception ex) {
			return List.of(warning("PDFA", new Message("validation.pdfa.unchecked", String.valueOf(ex.getMessage()))));
		}
	}

	private static Finding warning(String rule, Message message) {
		return Finding.of(rule, Severity.WARNING, null, message);
	}

}
