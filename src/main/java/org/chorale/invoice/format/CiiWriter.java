package org.chorale.invoice.format;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.chorale.invoice.format.EntryTotals.VatBreakdown;
import org.chorale.invoice.format.InvoiceEntry.EntryLine;
import org.chorale.invoice.format.InvoiceEntry.EntryParty;

/**
 * Writes an entered invoice as UN/CEFACT CII D16B in Factur-X's EN 16931 profile, in the
 * element order the schema requires, with Chorus Pro's mapping: cadre in BT-23, service
 * code in BT-10, commitment in BT-13, SIRETs in scheme 0009.
 */
public final class CiiWriter {

	public static final String EN16931 = "urn:cen.eu:en16931:2017";

	private final XMLStreamWriter xml;

	private final CiiElements cii;

	private CiiWriter(XMLStreamWriter xml) {
		this.xml = xml;
		this.cii = new CiiElements(xml);
	}

	public static byte[] write(InvoiceEntry invoice, EntryTotals totals) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			new CiiWriter(writer).invoice(invoice, totals);
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the invoice's XML", ex);
		}
		return out.toByteArray();
	}

	private void invoice(InvoiceEntry invoice, EntryTotals totals) throws XMLStreamException {
		this.cii.document(invoice.cadre(), EN16931, invoice.number(), invoice.creditNote(), invoice.issueDate());
		if (invoice.note().isPresent()) {
			this.cii.start("IncludedNote");
			this.cii.text("Content", invoice.note().get());
			this.cii.end();
		}
		this.cii.end();
		this.cii.startDocumentPart("SupplyChainTradeTransaction");
		for (int i = 0; i < invoice.lines().size(); i++) {
			line(i + 1, invoice.lines().get(i), totals.lineAmounts().get(i));
		}
		agreement(invoice);
		this.cii.start("ApplicableHeaderTradeDelivery");
		this.cii.end();
		settlement(invoice, totals);
		this.cii.end();
		this.xml.writeEndElement();
		this.xml.writeEndDocument();
	}

	private void line(int number, EntryLine line, BigDecimal amount) throws XMLStreamException {
		this.cii.start("IncludedSupplyChainTradeLineItem");
		this.cii.start("AssociatedDocumentLineDocument");
		this.cii.text("LineID", String.valueOf(number));
		this.cii.end();
		this.cii.start("SpecifiedTradeProduct");
		this.cii.text("Name", line.description());
		this.cii.end();
		this.cii.start("SpecifiedLineTradeAgreement");
		this.cii.start("NetPriceProductTradePrice");
		this.cii.text("ChargeAmount", line.unitPrice().toPlainString());
		this.cii.end();
		this.cii.end();
		this.cii.start("SpecifiedLineTradeDelivery");
		this.cii.text("BilledQuantity", "unitCode", line.unit(), line.quantity().toPlainString());
		this.cii.end();
		this.cii.start("SpecifiedLineTradeSettlement");
		this.cii.start("ApplicableTradeTax");
		this.cii.text("TypeCode", "VAT");
		this.cii.text("CategoryCode", line.category().name());
		this.cii.text("RateApplicablePercent", rate(line));
		this.cii.end();
		if (line.allowance().signum() != 0) {
			this.cii.start("SpecifiedTradeAllowanceCharge");
			this.cii.indicator("ChargeIndicator", false);
			this.cii.text("ActualAmount", line.allowance().toPlainString());
			this.cii.text("Reason", "Remise");
			this.cii.end();
		}
		this.cii.start("SpecifiedTradeSettlementLineMonetarySummation");
		this.cii.text("LineTotalAmount", amount.toPlainString());
		this.cii.end();
		this.cii.end();
		this.cii.end();
	}

	private void agreement(InvoiceEntry invoice) throws XMLStreamException {
		this.cii.start("ApplicableHeaderTradeAgreement");
		this.cii.optional("BuyerReference", invoice.serviceCode());
		party("SellerTradeParty", invoice.seller());
		party("BuyerTradeParty", invoice.buyer());
		if (invoice.commitment().isPresent()) {
			this.cii.start("BuyerOrderReferencedDocument");
			this.cii.text("IssuerAssignedID", invoice.commitment().get());
			this.cii.end();
		}
		this.cii.end();
	}

	private void party(String role, EntryParty party) throws XMLStreamException {
		this.cii.start(role);
		this.cii.text("GlobalID", "schemeID", PartyIdentifier.SIRET_SCHEME, party.siret());
		this.cii.text("Name", party.name());
		this.cii.start("SpecifiedLegalOrganization");
		this.cii.text("ID", "schemeID", PartyIdentifier.SIRET_SCHEME, party.siret());
		this.cii.end();
		this.cii.start("PostalTradeAddress");
		this.cii.optional("PostcodeCode", party.postalCode());
		this.cii.optional("LineOne", party.street());
		this.cii.optional("CityName", party.city());
		this.cii.text("CountryID", party.country());
		this.cii.end();
		if (party.vatNumber().isPresent()) {
			this.cii.start("SpecifiedTaxRegistration");
			this.cii.text("ID", "schemeID", "VA", party.vatNumber().get());
			this.cii.end();
		}
		this.cii.end();
	}

	private void settlement(InvoiceEntry invoice, EntryTotals totals) throws XMLStreamException {
		this.cii.start("ApplicableHeaderTradeSettlement");
		this.cii.text("InvoiceCurrencyCode", invoice.currency());
		if (invoice.paymentMeans().isPresent()) {
			this.cii.start("SpecifiedTradeSettlementPaymentMeans");
			this.cii.text("TypeCode", invoice.paymentMeans().get());
			if (invoice.iban().isPresent()) {
				this.cii.start("PayeePartyCreditorFinancialAccount");
				this.cii.text("IBANID", invoice.iban().get());
				this.cii.end();
			}
			this.cii.end();
		}
		for (VatBreakdown vat : totals.vat()) {
			this.cii.start("ApplicableTradeTax");
			this.cii.text("CalculatedAmount", vat.tax().toPlainString());
			this.cii.text("TypeCode", "VAT");
			if (vat.category().needsExemptionReason()) {
				this.cii.text("ExemptionReason", invoice.exemptionReason().orElse(""));
			}
			this.cii.text("BasisAmount", vat.taxable().toPlainString());
			this.cii.text("CategoryCode", vat.category().name());
			this.cii.text("RateApplicablePercent", vat.rate().toPlainString());
			this.cii.end();
		}
		if (invoice.dueDate().isPresent()) {
			this.cii.start("SpecifiedTradePaymentTerms");
			this.cii.date("DueDateDateTime", invoice.dueDate().get());
			this.cii.end();
		}
		this.cii.start("SpecifiedTradeSettlementHeaderMonetarySummation");
		this.cii.text("LineTotalAmount", totals.lines().toPlainString());
		this.cii.text("TaxBasisTotalAmount", totals.withoutVat().toPlainString());
		this.cii.text("TaxTotalAmount", "currencyID", invoice.currency(), totals.vatTotal().toPlainString());
		this.cii.text("GrandTotalAmount", totals.withVat().toPlainString());
		this.cii.text("DuePayableAmount", totals.due().toPlainString());
		this.cii.end();
		if (invoice.precedingInvoice().isPresent()) {
			this.cii.start("InvoiceReferencedDocument");
			this.cii.text("IssuerAssignedID", invoice.precedingInvoice().get());
			this.cii.end();
		}
		this.cii.end();
	}

	private static String rate(EntryLine line) {
		return (line.category().rated() ? line.rate() : BigDecimal.ZERO).toPlainString();
	}

}
