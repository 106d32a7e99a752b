package org.chorale.invoice.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xml.sax.helpers.DefaultHandler;

import org.chorale.invoice.format.InvoiceData;
import org.chorale.invoice.format.InvoiceReader;
import org.chorale.shared.Message;

/**
 * Validates one file in order: its type by content, the XML a Factur-X PDF carries, no
 * DOCTYPE, the schema and EN 16931 rules of its syntax and profile (phive), then the
 * platform's own rules. Thread-safe; one per process.
 */
public final class InvoiceValidator {

	private final RuleSets ruleSets;

	public InvoiceValidator(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	public ValidationReport validate(String name, byte[] content, LocalDate today) {
		return validate(name, content, today, true);
	}

	/**
	 * @param pdfA whether to check a PDF's PDF/A conformance (veraPDF): not for the files
	 * Chorale writes itself
	 */
	public ValidationReport validate(String name, byte[] content, LocalDate today, boolean pdfA) {
		try {
			return switch (FileType.of(content)) {
				case PDF -> pdf(name, content, today, pdfA);
				case XML -> xml(name, content, Syntax.CII, today);
				case ZIP, GZIP -> throw new Unreadable("validation.archive");
				case OTHER -> throw new Unreadable("validation.file-type");
			};
		}
		catch (Unreadable ex) {
			return ValidationReport.unreadable(ex);
		}
	}

	private ValidationReport pdf(String name, byte[] content, LocalDate today, boolean pdfA) throws Unreadable {
		Optional<byte[]> xml = FacturXAttachment.extract(content);
		if (xml.isEmpty()) {
			return new ValidationReport(Verdict.INVALID, Optional.empty(), Optional.empty(),
					List.of(error("CHORALE-PDF", null, "validation.plain-pdf")), Optional.empty());
		}
		ValidationReport report = xml(name, xml.get(), Syntax.FACTUR_X, today);
		return pdfA ? report.with(PdfA.check(content)) : report;
	}

	/**
	 * Validates the CII that describes a plain PDF deposited with its form (a MINIMUM
	 * profile document Chorale wrote from that form).
	 */
	public ValidationReport validateMetadata(String name, byte[] xml, LocalDate today) {
		try {
			return xml(name, xml, Syntax.PDF_WITH_FORM, today);
		}
		catch (Unreadable ex) {
			return ValidationReport.unreadable(ex);
		}
	}

	/**
	 * @param ciiSyntax what a CII document is here: a file of its own, the XML of a
	 * Factur-X PDF, or the description of a plain PDF
	 */
	private ValidationReport xml(String name, byte[] xml, Syntax ciiSyntax, LocalDate today) throws Unreadable {
		if (SafeXml.declaresDoctype(xml)) {
			throw new Unreadable("validation.doctype");
		}
		XmlHead head = XmlHead.read(xml);
		Optional<Syntax> syntax = syntax(head, ciiSyntax);
		if (syntax.isEmpty()) {
			SafeXml.parse(xml, new DefaultHandler());
			return new ValidationReport(Verdict.INVALID, Optional.empty(), Optional.empty(),
					List.of(error("CHORALE-SYNTAXE", null, "validation.root", head.localName(), head.namespace())),
					Optional.empty());
		}
		RuleSet set = RuleSet.of(syntax.get(), head.specification());
		RuleSets.Checked checked = this.ruleSets.check(set, name, xml);
		List<Finding> findings = new ArrayList<>(checked.findings());
		boolean schemaValid = findings.stream().noneMatch(f -> f.rule().equals("XSD") && f.error());
		if (set.partial() && ciiSyntax == Syntax.CII) {
			findings.add(error("CHORALE-PROFIL", "BT-24", "validation.partial-profile"));
		}
		Optional<InvoiceData> data = Optional.empty();
		if (schemaValid) {
			data = Optional
				.of(syntax.get().ubl() ? InvoiceReader.ubl(checked.document()) : InvoiceReader.cii(checked.document()));
			findings.addAll(InvoiceRules.check(data.get(), set.partial(), today));
		}
		Verdict verdict = findings.stream().anyMatch(Finding::error) ? Verdict.INVALID : Verdict.VALID;
		return new ValidationReport(verdict, syntax, Optional.of(this.ruleSets.version(set)), findings, data);
	}

	private static Optional<Syntax> syntax(XmlHead head, Syntax ciiSyntax) {
		return switch (head.namespace()) {
			case Syntax.UBL_INVOICE_NS ->
				Optional.of(Syntax.UBL_INVOICE).filter(s -> head.localName().equals("Invoice"));
			case Syntax.UBL_CREDIT_NOTE_NS ->
				Optional.of(Syntax.UBL_CREDIT_NOTE).filter(s -> head.localName().equals("CreditNote"));
			case Syntax.CII_NS -> Optional.of(ciiSyntax).filter(s -> head.localName().equals("CrossIndustryInvoice"));
			default -> Optional.empty();
		};
	}

	private static Finding error(String rule, String term, String code, Object... arguments) {
		return Finding.of(rule, Severity.ERROR, term, new Message(code, arguments));
	}

}
