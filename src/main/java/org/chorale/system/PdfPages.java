package org.chorale.system;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.LoggerFactory;

/**
 * Renders an XHTML page as PDF/A-3b (openhtmltopdf on PDFBox: CSS 2.1, the embedded
 * DejaVu Sans font only, sRGB): the generated invoices and the printable ESPD.
 */
public final class PdfPages {

	/** The one font family the pages may use. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	/**
	 * The fonts' files, read once: read from the packaged jar for every page, inflating
	 * them took a quarter of the deposit workers' CPU in a profile of soumettreFacture's
	 * invoices.
	 */
	private static final byte[] REGULAR = font("DejaVuSans.ttf");

	private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

	static {
		// openhtmltopdf writes to the console by itself, five lines a page at INFO
		XRLog.setLoggerImpl(new Slf4jXRLogger());
	}

	private PdfPages() {
	}

	public static byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
		builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
		builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
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

	private static byte[] font(String name) {
		try (InputStream font = PdfPages.class.getResourceAsStream("/fonts/ttf/" + name)) {
			if (font == null) {
				throw new IllegalStateException("Font " + name + " missing: the build copies it from node_modules");
			}
			return font.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * openhtmltopdf's messages through the application's logging under their own names
	 * ({@code com.openhtmltopdf.load}...), so that the configured levels apply; its
	 * chatty INFO (five lines a page) is DEBUG here.
	 */
	private static final class Slf4jXRLogger implements XRLogger {

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, Throwable error) {
			LoggerFactory.getLogger(where).atLevel(slf4j(level)).setCause(error).log(message);
		}

		@Override
		public void setLevel(String where, Level level) {
			// levels are the logging configuration's
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
				.isEnabledForLevel(slf4j(diagnostic.getLevel()));
		}

		private static org.slf4j.event.Level slf4j(Level level) {
			int value = level.intValue();
			return (value >= Level.SEVERE.intValue()) ? org.slf4j.event.Level.ERROR
					: (value >= Level.WARNING.intValue()) ? org.slf4j.event.Level.WARN
							: (value >= Level.INFO.intValue()) ? org.slf4j.event.Level.DEBUG
									: org.slf4j.event.Level.TRACE;
		}

	}

}
