package org.chorale.system;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Renders an XHTML page as PDF/A-3b (openhtmltopdf on PDFBox: CSS 2.1, the embedded
 * DejaVu Sans font only, sRGB): the generated invoices and the printable ESPD.
 */
public final class PdfPages {

	/** The one font family the pages may use. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private PdfPages() {
	}

	public static byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
		builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
		builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream font(String name) {
		InputStream font = PdfPages.class.getResourceAsStream("/fonts/ttf/" + name);
		if (font == null) {
			throw new IllegalStateException("Font " + name + " missing: the build copies it from node_modules");
		}
		return font;
	}

}
