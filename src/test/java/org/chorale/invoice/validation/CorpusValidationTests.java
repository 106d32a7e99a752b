package org.chorale.invoice.validation;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole shared corpus through the validator: official valid documents stay valid,
 * every CEN rule test set finds the errors it expects, and the XML of every Factur-X PDF
 * is extracted.
 */
class CorpusValidationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private final InvoiceValidator validator = new InvoiceValidator(Corpus.RULE_SETS);

	@Test
	void officialValidExamplesHaveNoErrorUnderTheirRuleSet() {
		List<String[]> valid = Corpus
			.manifest(row -> row[3].startsWith("valid (official") || row[3].startsWith("valid for ZUGFeRD"));
		assertThat(valid).hasSizeGreaterThan(110);
		SoftAssertions softly = new SoftAssertions();
		for (String[] row : valid) {
			ValidationReport report = this.validator.validate(row[0], Corpus.read(row[0]), TODAY);
			List<String> ruleErrors = report.findings()
				.stream()
				.filter(Finding::error)
				.filter(f -> !f.rule().startsWith("CHORALE-"))
				.map(f -> f.rule() + " " + f.en())
				.toList();
			softly.assertThat(report.verdict()).as(row[0]).isNotEqualTo(Verdict.UNREADABLE);
			softly.assertThat(ruleErrors).as(row[0]).isEmpty();
			softly.assertThat(report.ruleSet()).as(row[0]).isPresent();
		}
		softly.assertAll();
	}

	@Test
	void everyCenRuleTestSetFindsTheErrorsItExpects() throws Exception {
		List<String[]> testSets = Corpus.manifest(row -> row[3].startsWith("per-test"));
		assertThat(testSets).hasSizeGreaterThan(270);
		SoftAssertions softly = new SoftAssertions();
		int tests = 0;
		for (String[] row : testSets) {
			Document testSet = parse(new String(Corpus.read(row[0]), java.nio.charset.StandardCharsets.UTF_8));
			for (Element test : children(testSet.getDocumentElement(), "test")) {
				Element document = children(test, null).stream()
					.filter(e -> !e.getLocalName().equals("assert"))
					.findFirst()
					.orElseThrow();
				Element expected = children(test, "assert").get(0);
				Set<String> errors = ruleIds(RuleSetsAccess.rulesOnly(document), true);
				String where = row[0] + " / " + text(expected, "description");
				for (String rule : texts(expected, "error")) {
					softly.assertThat(errors).as(where).contains(rule);
				}
				for (String rule : texts(expected, "success")) {
					softly.assertThat(errors).as(where).doesNotContain(rule);
				}
				tests++;
			}
		}
		assertThat(tests).isGreaterThan(500);
		softly.assertAll();
	}

	@Test
	void everyFacturXSampleGivesItsInvoiceXml() throws Exception {
		List<String[]> pdfs = Corpus
			.manifest(row -> row[0].endsWith(".pdf") && row[5].startsWith("valid") && !row[0].contains("ORDER-X"));
		assertThat(pdfs).hasSizeGreaterThan(10);
		SoftAssertions softly = new SoftAssertions();
		for (String[] row : pdfs) {
			Optional<byte[]> xml = FacturXAttachment.extract(Corpus.read(row[0]));
			softly.assertThat(xml).as(row[0]).isPresent();
			if (xml.isPresent()) {
				String root = SafeXml.parse(xml.get()).getDocumentElement().getLocalName();
				softly.assertThat(root).as(row[0]).isIn("CrossIndustryInvoice", "CrossIndustryDocument");
			}
		}
		softly.assertAll();
	}

	private static Set<String> ruleIds(List<Finding> findings, boolean errors) {
		return findings.stream().filter(f -> f.error() == errors).map(Finding::rule).collect(Collectors.toSet());
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new java.util.ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
				found.add(e);
			}
		}
		return found;
	}

	private static List<String> texts(Element parent, String name) {
		return children(parent, name).stream().map(e -> e.getTextContent().strip()).toList();
	}

	private static String text(Element parent, String name) {
		return texts(parent, name).stream().findFirst().orElse("");
	}

	private static Document parse(String xml) throws Exception {
		javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	/**
	 * Runs the Schematron of the fragment's syntax alone: no schema accepts fragments.
	 */
	private static final class RuleSetsAccess {

		static List<Finding> rulesOnly(Element document) throws Exception {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
			transformer.transform(new DOMSource(document), new StreamResult(out));
			RuleSet set = switch (document.getLocalName()) {
				case "Invoice" -> RuleSet.EN16931_UBL_INVOICE;
				case "CreditNote" -> RuleSet.EN16931_UBL_CREDIT_NOTE;
				default -> RuleSet.EN16931_CII;
			};
			return Corpus.RULE_SETS.checkRulesOnly(set, "test.xml", out.toByteArray());
		}

	}

}
