package org.chorale.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages render as PDF/A, page after page, without openhtmltopdf talking on the console.
 */
@ExtendWith(OutputCaptureExtension.class)
class PdfPagesTests {

	private static final String PAGE = """
			<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Facture</title></head>
			<body style="font-family: 'DejaVu Sans'"><p>Facture n° %d : <b>%d,00 €</b></p></body></html>""";

	@Test
	void pagesRenderWithTheEmbeddedFontsAndNothingOnTheConsole(CapturedOutput output) throws IOException {
		for (int i = 1; i <= 3; i++) {
			try (PDDocument pdf = Loader.loadPDF(PdfPages.render(PAGE.formatted(i, i * 100)))) {
				assertThat(new PDFTextStripper().getText(pdf)).contains("Facture n° " + i + " : " + i + "00,00 €");
				PDResources resources = pdf.getPage(0).getResources();
				List<String> fonts = new ArrayList<>();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name).getName());
				}
				assertThat(fonts).anyMatch(f -> f.endsWith("+DejaVuSans"))
					.anyMatch(f -> f.endsWith("+DejaVuSans-Bold"));
				assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
			}
		}
		assertThat(output.getAll()).doesNotContain("openhtmltopdf").doesNotContain("Loading font");
	}

}
