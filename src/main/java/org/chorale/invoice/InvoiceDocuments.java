package org.chorale.invoice;

import java.util.Optional;

import org.chorale.invoice.format.InvoiceDetails;
import org.chorale.invoice.format.InvoiceReader;
import org.chorale.invoice.validation.FacturXAttachment;
import org.chorale.invoice.validation.SafeXml;
import org.chorale.invoice.validation.Syntax;
import org.chorale.invoice.validation.Unreadable;

/** Reads an integrated invoice's lines and VAT breakdown back from its original. */
final class InvoiceDocuments {

	private InvoiceDocuments() {
	}

	/**
	 * @param original the file as deposited
	 * @param form a plain PDF's form, which says no lines
	 */
	static InvoiceDetails details(Syntax syntax, byte[] original, Optional<byte[]> form) {
		try {
			return switch (syntax) {
				case UBL_INVOICE, UBL_CREDIT_NOTE -> InvoiceReader.ublDetails(SafeXml.read(original));
				case CII -> InvoiceReader.ciiDetails(SafeXml.read(original));
				case FACTUR_X -> {
					Optional<byte[]> xml = FacturXAttachment.extract(original);
					yield xml.isPresent() ? InvoiceReader.ciiDetails(SafeXml.read(xml.get())) : InvoiceDetails.none();
				}
				case PDF_WITH_FORM ->
					form.isPresent() ? InvoiceReader.ciiDetails(SafeXml.read(form.get())) : InvoiceDetails.none();
			};
		}
		catch (Unreadable ex) {
			throw new IllegalStateException("An integrated invoice no longer reads: " + ex.getMessage(), ex);
		}
	}

}
