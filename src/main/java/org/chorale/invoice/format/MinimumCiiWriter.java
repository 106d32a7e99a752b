package org.chorale.invoice.format;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.chorale.invoice.format.InvoiceEntry.EntryParty;

/**
 * Writes the form of a plain PDF invoice as Factur-X MINIMUM CII: header, parties and
 * totals, what routing and the platform's rules read.
 */
public final class MinimumCiiWriter {

	private final XMLStreamWriter xml;

	private final CiiElements cii;

	private MinimumCiiWriter(XMLStreamWriter xml) {
		this.xml = xml;
		this.cii = new CiiElements(xml);
	}

	public static byte[] write(PdfMetadata invoice) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			new MinimumCiiWriter(writer).invoice(invoice);
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the invoice's XML", ex);
		}
		return out.toByteArray();
	}

	private void invoice(PdfMetadata invoice) throws XMLStreamException {
		this.cii.document(invoice.cadre(), PdfMetadata.MINIMUM, invoice.number(), invoice.creditNote(),
				invoice.issueDate());
		this.cii.end();
		this.cii.startDocumentPart("SupplyChainTradeTransaction");
		this.cii.start("ApplicableHeaderTradeAgreement");
		this.cii.optional("BuyerReference", invoice.serviceCode());
		minimumParty("SellerTradeParty", invoice.seller(), true);
		minimumParty("BuyerTradeParty", invoice.buyer(), false);
		if (invoice.commitment().isPresent()) {
			this.cii.start("BuyerOrderReferencedDocument");
			this.cii.text("IssuerAssignedID", invoice.commitment().get());
			this.cii.end();
		}
		this.cii.end();
		this.cii.start("ApplicableHeaderTradeDelivery");
		this.cii.end();
		this.cii.start("ApplicableHeaderTradeSettlement");
		this.cii.text("InvoiceCurrencyCode", invoice.currency());
		this.cii.start("SpecifiedTradeSettlementHeaderMonetarySummation");
		this.cii.text("TaxBasisTotalAmount", invoice.withoutVat().toPlainString());
		this.cii.text("TaxTotalAmount", "currencyID", invoice.currency(), invoice.vat().toPlainString());
		this.cii.text("GrandTotalAmount", invoice.withVat().toPlainString());
		this.cii.text("DuePayableAmount", invoice.due().toPlainString());
		this.cii.end();
		this.cii.end();
		this.cii.end();
		this.xml.writeEndElement();
		this.xml.writeEndDocument();
	}

	/**
	 * MINIMUM names a party and its legal identifier (the SIRET); the seller also has its
	 * country and VAT number.
	 */
	private void minimumParty(String role, EntryParty party, boolean seller) throws XMLStreamException {
		this.cii.start(role);
		this.cii.text("Name", party.name());
		this.cii.start("SpecifiedLegalOrganization");
		this.cii.text("ID", "schemeID", PartyIdentifier.SIRET_SCHEME, party.siret());
		this.cii.end();
		if (seller) {
			this.cii.start("PostalTradeAddress");
			this.cii.text("CountryID", party.country());
			this.cii.end();
		}
		if (seller && party.vatNumber().isPresent()) {
			this.cii.start("SpecifiedTaxRegistration");
			this.cii.text("ID", "schemeID", "VA", party.vatNumber().get());
			this.cii.end();
		}
		this.cii.end();
	}

}
