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

	/**
	 * Each VEFA test runs the stylesheets on a fragment that no schema accepts: Chorale's
	 * run finds the errors the test expects, not those it rules out, and exactly what
	 * phive's own executors find.
	 */
	@Test
	void everyCenRuleTestSetFindsTheErrorsItExpectsAsPhiveDoes() throws Exception {
		List<String[]> testSets = Corpus.manifest(row -> row[3].startsWith("per-test"));
		assertThat(testSets).hasSizeGreaterThan(270);
		RawPhive phive = new RawPhive(Corpus.RULE_SETS);
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
				String where = row[0] + " / " + text(expected, "description");
				byte[] xml = RuleSetsAccess.serialize(document);
				RuleSet set = RuleSetsAccess.ruleSet(document);
				List<Finding> findings = Corpus.RULE_SETS.checkRulesOnly(set, "test.xml", xml);
				softly.assertThat(sorted(findings)).as(where).isEqualTo(sorted(phive.rulesOnly(set, "test.xml", xml)));
				Set<String> errors = ruleIds(findings, true);
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
				String root = XmlHead.read(xml.get()).localName();
				softly.assertThat(root).as(row[0]).isIn("CrossIndustryInvoice", "CrossIndustryDocument");
			}
		}
		softly.assertAll();
	}

	/**
	 * Chorale runs phive-rules' schemas and stylesheets in one parse of its own: on every
	 * invoice of the corpus, every Factur-X sample's XML, and damaged copies that break
	 * their schema, it finds exactly what phive's own executors find.
	 */
	@Test
	void choralesRunOfTheRulesFindsExactlyWhatPhiveFinds() throws Exception {
		List<String[]> rows = Corpus.manifest(row -> row[0].endsWith(".pdf") || row[2].equals("Invoice")
				|| row[2].equals("CreditNote") || row[2].equals("CrossIndustryInvoice"));
		RawPhive phive = new RawPhive(Corpus.RULE_SETS);
		SoftAssertions softly = new SoftAssertions();
		int compared = 0;
		int withErrors = 0;
		for (String[] row : rows) {
			Optional<byte[]> xml = row[0].endsWith(".pdf") ? pdfXml(row[0]) : Optional.of(Corpus.read(row[0]));
			if (xml.isEmpty() || !XmlHead.read(xml.get()).localName().equals("CrossIndustryInvoice")
					&& !row[2].equals("Invoice") && !row[2].equals("CreditNote")) {
				continue;
			}
			for (byte[] document : List.of(xml.get(), damaged(xml.get()))) {
				RuleSet set = ruleSet(document);
				List<String> expected = sorted(phive.findings(set, row[0], document));
				softly.assertThat(sorted(Corpus.RULE_SETS.check(set, row[0], document).findings()))
					.as(row[0] + " under " + set)
					.isEqualTo(expected);
				compared++;
				withErrors += expected.stream().anyMatch(f -> f.startsWith("ERROR")) ? 1 : 0;
			}
		}
		assertThat(compared).isGreaterThan(400);
		assertThat(withErrors).isGreaterThan(200);
		softly.assertAll();
	}

	private static Optional<byte[]> pdfXml(String path) {
		try {
			return FacturXAttachment.extract(Corpus.read(path));
		}
		catch (Unreadable ex) {
			return Optional.empty();
		}
	}

	private static RuleSet ruleSet(byte[] xml) throws Unreadable {
		XmlHead head = XmlHead.read(xml);
		Syntax syntax = switch (head.localName()) {
			case "Invoice" -> Syntax.UBL_INVOICE;
			case "CreditNote" -> Syntax.UBL_CREDIT_NOTE;
			default -> Syntax.CII;
		};
		return RuleSet.of(syntax, head.specification());
	}

	/**
	 * The same document with an element its schema does not know as the root's first
	 * child, and an issue date that is not one: schema errors, with their lines.
	 */
	private static byte[] damaged(byte[] xml) {
		String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher root = java.util.regex.Pattern.compile("<[A-Za-z][^>]*>").matcher(text);
		root.find();
		String damaged = text.substring(0, root.end()) + "<Inconnu xmlns=\"urn:chorale:test\">x</Inconnu>"
				+ text.substring(root.end());
		damaged = damaged.replaceFirst("(<cbc:IssueDate>)[^<]*", "$12026-02-30X")
			.replaceFirst("(<udt:DateTimeString format=\"102\">)[^<]*", "$120260230X");
		return damaged.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * Findings in one order, compared whole: phive lists failed asserts before reports.
	 */
	private static List<String> sorted(List<Finding> findings) {
		return findings.stream()
			.map(f -> f.severity() + " " + f.rule() + " " + f.term().orElse("") + " " + f.location().orElse("") + " "
					+ f.en() + " / " + f.fr())
			.sorted()
			.toList();
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
	 * A VEFA test's fragment as a document, and the rule set of its syntax.
	 */
	private static final class RuleSetsAccess {

		private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();

		static byte[] serialize(Element document) throws Exception {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			var transformer = TRANSFORMERS.newTransformer();
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}

		static RuleSet ruleSet(Element document) {
			return switch (document.getLocalName()) {
				case "Invoice" -> RuleSet.EN16931_UBL_INVOICE;
				case "CreditNote" -> RuleSet.EN16931_UBL_CREDIT_NOTE;
				default -> RuleSet.EN16931_CII;
			};
		}

	}

}
