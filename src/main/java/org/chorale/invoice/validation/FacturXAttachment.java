package org.chorale.invoice.validation;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The invoice XML a Factur-X or ZUGFeRD 2 PDF carries as an embedded file. A PDF without
 * one is a plain PDF: it goes through the PDF deposit with its form, not as a structured
 * invoice.
 */
public final class FacturXAttachment {

	/**
	 * Factur-X, ZUGFeRD and XRechnung-in-PDF names; ZUGFeRD 1.0 is told apart later by
	 * its XML namespace.
	 */
	private static final Set<String> INVOICE_NAMES = Set.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml");

	private FacturXAttachment() {
	}

	/** The embedded invoice XML, or empty for a PDF that has none. */
	public static Optional<byte[]> extract(byte[] pdf) throws Unreadable {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.isEncrypted()) {
				throw new Unreadable("validation.pdf-encrypted");
			}
			PDEmbeddedFilesNameTreeNode files = new PDDocumentNameDictionary(document.getDocumentCatalog())
				.getEmbeddedFiles();
			return (files != null) ? find(files) : Optional.empty();
		}
		catch (IOException ex) {
			throw new Unreadable("validation.pdf-unreadable", ex.getMessage());
		}
	}

	private static Optional<byte[]> find(PDNameTreeNode<PDComplexFileSpecification> node) throws IOException {
		Map<String, PDComplexFileSpecification> names = node.getNames();
		if (names != null) {
			for (Map.Entry<String, PDComplexFileSpecification> entry : names.entrySet()) {
				String name = entry.getKey().toLowerCase(Locale.ROOT);
				PDEmbeddedFile file = entry.getValue().getEmbeddedFile();
				if (INVOICE_NAMES.contains(name) && file != null) {
					return Optional.of(file.toByteArray());
				}
			}
		}
		if (node.getKids() != null) {
			for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
				Optional<byte[]> found = find(kid);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

}
