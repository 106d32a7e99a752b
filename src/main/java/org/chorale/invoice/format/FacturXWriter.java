package org.chorale.invoice.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.chorale.system.PdfPages;

/**
 * Makes a Factur-X invoice: the page rendered from HTML as PDF/A-3b (fonts embedded, sRGB
 * output intent), then the CII XML embedded as {@code factur-x.xml}, declared as the
 * document's associated file, and the XMP metadata that PDF/A-3 and Factur-X require.
 */
public final class FacturXWriter {

	/** The name Factur-X gives the embedded XML. */
	public static final String XML_NAME = "factur-x.xml";

	private static final String XMP = resource("factur-x-xmp.xml");

	private FacturXWriter() {
	}

	/**
	 * The Factur-X file of an entered invoice: its CII XML, and its page rendered from
	 * the template {@code invoice/pdf}.
	 */
	public static byte[] of(InvoiceEntry invoice, ITemplateEngine templates, Instant at) {
		EntryTotals totals = EntryTotals.of(invoice.lines());
		byte[] xml = CiiWriter.write(invoice, totals);
		Context page = new Context(Locale.FRENCH, Map.of("invoice", invoice, "totals", totals));
		return write(templates.process("invoice/pdf", page), xml, invoice.number(), at);
	}

	/**
	 * @param html the invoice page, XHTML using only the {@value PdfPages#FONT_FAMILY}
	 * font
	 * @param title the document title (the invoice number)
	 */
	public static byte[] write(String html, byte[] xml, String title, Instant at) {
		return attach(PdfPages.render(html), xml, title, at.truncatedTo(ChronoUnit.SECONDS));
	}

	private static byte[] attach(byte[] pdf, byte[] xml, String title, Instant at) {
		Calendar date = GregorianCalendar.from(at.atZone(ZoneOffset.UTC));
		date.setTimeZone(TimeZone.getTimeZone("UTC"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(xml));
			file.setSubtype("text/xml");
			file.setSize(xml.length);
			file.setCreationDate(date);
			file.setModDate(date);
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile(XML_NAME);
			spec.setFileUnicode(XML_NAME);
			spec.setFileDescription("Factur-X invoice");
			spec.setEmbeddedFile(file);
			spec.setEmbeddedFileUnicode(file);
			spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Alternative");
			PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
			files.setNames(Map.of(XML_NAME, spec));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(files);
			document.getDocumentCatalog().setNames(names);
			COSArray associated = new COSArray();
			associated.add(spec);
			document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
			information(document, title, date);
			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(xmp(title, at).getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(metadata);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** PDF/A wants the document information to say what the XMP says. */
	private static void information(PDDocument document, String title, Calendar date) {
		PDDocumentInformation information = new PDDocumentInformation();
		information.setTitle(title);
		information.setAuthor("Chorale");
		information.setCreator("Chorale");
		information.setProducer("Chorale");
		information.setCreationDate(date);
		information.setModificationDate(date);
		document.setDocumentInformation(information);
	}

	/**
	 * PDF/A-3b identification, Dublin Core, the Factur-X properties and the extension
	 * schema that declares them, from {@code factur-x-xmp.xml}.
	 */
	private static String xmp(String title, Instant at) {
		String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
		return XMP.replace("${title}", escape(title)).replace("${date}", date);
	}

	private static String resource(String name) {
		try (InputStream in = FacturXWriter.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
