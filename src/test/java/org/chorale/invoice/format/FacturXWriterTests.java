package org.chorale.invoice.format;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.chorale.invoice.format.InvoiceEntry.EntryLine;
import org.chorale.invoice.format.InvoiceEntry.EntryParty;
import org.chorale.invoice.validation.Corpus;
import org.chorale.invoice.validation.FacturXAttachment;
import org.chorale.invoice.validation.InvoiceValidator;
import org.chorale.invoice.validation.Severity;
import org.chorale.invoice.validation.Syntax;
import org.chorale.invoice.validation.ValidationReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoices entered on the portal become Factur-X files that pass PDF/A-3 (veraPDF) and EN
 * 16931 validation, with totals computed by EN 16931's rounding rules.
 */
public class FacturXWriterTests {

	static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);

	@Test
	void computesLineAmountsVatPerCategoryAndTotalsToTheCent() {
		EntryTotals totals = EntryTotals.of(List.of(line("Papier", "3", "33.333", "0", VatCategory.S, "20"),
				line("Stylos", "7", "1.15", "0.50", VatCategory.S, "20"),
				line("Livres", "2", "12.40", "0", VatCategory.S, "5.5"),
				line("Formation", "1", "300", "0", VatCategory.E, "0")));
		assertThat(totals.lineAmounts()).extracting(BigDecimal::toPlainString)
			.containsExactly("100.00", "7.55", "24.80", "300.00");
		assertThat(totals.vat())
			.extracting(v -> v.category() + " " + v.rate().toPlainString() + " " + v.taxable().toPlainString() + " "
					+ v.tax().toPlainString())
			.containsExactly("S 20 107.55 21.51", "S 5.5 24.80 1.36", "E 0 300.00 0.00");
		assertThat(totals.withoutVat()).isEqualByComparingTo("432.35");
		assertThat(totals.vatTotal()).isEqualByComparingTo("22.87");
		assertThat(totals.withVat()).isEqualByComparingTo("455.22");
	}

	@Test
	void anEnteredInvoiceBecomesAFacturXFileValidUnderEn16931AndPdfA3() throws Exception {
		byte[] pdf = FacturXWriter.of(entry(false), templates(), Instant.parse("2026-11-22T10:15:30Z"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "facturx-sample.pdf"), pdf);

		ValidationReport report = new InvoiceValidator(Corpus.RULE_SETS).validate("F-2026-042.pdf", pdf, ISSUED);
		assertThat(report.findings()).isEmpty();
		assertThat(report.syntax()).contains(Syntax.FACTUR_X);
		assertThat(report.ruleSet()).contains("eu.cen.en16931:cii:1.3.16");
		assertThat(report.data().orElseThrow().totalWithVat()).contains(new BigDecimal("455.22"));
		assertThat(FacturXAttachment.extract(pdf)).isPresent();

		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
			ValidationResult result = validator.validate(parser);
			assertThat(result.getTestAssertions()
				.stream()
				.filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
				.map(a -> a.getRuleId().getClause() + " " + a.getMessage())
				.distinct()
				.toList()).isEmpty();
			assertThat(result.isCompliant()).isTrue();
		}
	}

	@Test
	void aFacturXFileThatIsNotPdfAIsAcceptedWithWarningsNamingTheClauses() throws Exception {
		byte[] pdf = FacturXWriter.of(entry(false), templates(), Instant.parse("2026-11-22T10:15:30Z"));
		byte[] withoutMetadata;
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			document.getDocumentCatalog().setMetadata(null);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			document.save(out);
			withoutMetadata = out.toByteArray();
		}
		ValidationReport report = new InvoiceValidator(Corpus.RULE_SETS).validate("F.pdf", withoutMetadata, ISSUED);
		assertThat(report.valid()).isTrue();
		assertThat(report.findings()).isNotEmpty()
			.allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.WARNING))
			.anySatisfy(finding -> assertThat(finding.rule()).startsWith("PDFA-6.6"))
			.anySatisfy(finding -> assertThat(finding.fr()).contains("PDF/A-3", "ISO 19005-3"));
	}

	@Test
	void aCreditNoteNamesTheInvoiceItCorrectsAndCarriesNoPaymentMeans() {
		byte[] pdf = FacturXWriter.of(entry(true), templates(), Instant.parse("2026-11-22T10:15:30Z"));
		ValidationReport report = new InvoiceValidator(Corpus.RULE_SETS).validate("A-1.pdf", pdf, ISSUED);
		assertThat(report.findings()).isEmpty();
		assertThat(report.data().orElseThrow().creditNote()).isTrue();
		assertThat(report.data().orElseThrow().precedingInvoice()).contains("F-2026-041");
	}

	@Test
	void theFormOfAPlainPdfBecomesMinimumCiiThatPassesItsProfileAndThePlatformRules() {
		InvoiceEntry entry = entry(false);
		byte[] xml = MinimumCiiWriter.write(new PdfMetadata("F-2026-043", false, ISSUED, "A1", Optional.of("ECOLES"),
				Optional.of("EJ-7"), entry.seller(), entry.buyer(), "EUR", new BigDecimal("432.35"),
				new BigDecimal("22.87"), new BigDecimal("455.22"), new BigDecimal("455.22")));
		ValidationReport report = new InvoiceValidator(Corpus.RULE_SETS).validateMetadata("F-2026-043", xml, ISSUED);
		assertThat(report.findings()).isEmpty();
		assertThat(report.syntax()).contains(Syntax.PDF_WITH_FORM);
		assertThat(report.ruleSet()).hasValueSatisfying(set -> assertThat(set).contains("minimum"));
		InvoiceData data = report.data().orElseThrow();
		assertThat(data.seller().siret()).contains("40999900000014");
		assertThat(data.buyer().siret()).contains("21999900000017");
		assertThat(data.orderReference()).contains("EJ-7");
	}

	/** A Factur-X file of the sample invoice, for tests elsewhere. */
	public static byte[] sample() {
		return FacturXWriter.of(entry(false), templates(), Instant.parse("2026-11-22T10:15:30Z"));
	}

	static InvoiceEntry entry(boolean creditNote) {
		return new InvoiceEntry(creditNote ? "A-2026-001" : "F-2026-042", creditNote,
				creditNote ? Optional.of("F-2026-041") : Optional.empty(), ISSUED,
				creditNote ? Optional.empty() : Optional.of(ISSUED.plusDays(30)), "EUR", "A1", Optional.of("ECOLES"),
				Optional.empty(),
				new EntryParty("PAPETERIE DÉMO DES LILAS & FILS", "40999900000014", Optional.of("FR32409999000"),
						Optional.of("12 rue des Lilas"), Optional.of("45999"), Optional.of("Démoville"), "FR"),
				new EntryParty("COMMUNE DE DEMOVILLE", "21999900000017", Optional.empty(),
						Optional.of("1 PL DE LA MAIRIE"), Optional.of("45999"), Optional.of("DEMOVILLE"), "FR"),
				creditNote ? Optional.empty() : Optional.of("30"),
				creditNote ? Optional.empty() : Optional.of("FR7630006000011234567890189"),
				Optional.of("Exonération de TVA, article 261-4-4° du CGI"), Optional.of("Commande du 15 octobre"),
				List.of(line("Papier <A4> 80 g", "3", "33.333", "0", VatCategory.S, "20"),
						line("Stylos", "7", "1.15", "0.50", VatCategory.S, "20"),
						line("Livres", "2", "12.40", "0", VatCategory.S, "5.5"),
						line("Formation", "1", "300", "0", VatCategory.E, "0")));
	}

	static EntryLine line(String description, String quantity, String price, String allowance, VatCategory category,
			String rate) {
		return new EntryLine(description, new BigDecimal(quantity), "C62", new BigDecimal(price),
				new BigDecimal(allowance), category, new BigDecimal(rate));
	}

	static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
