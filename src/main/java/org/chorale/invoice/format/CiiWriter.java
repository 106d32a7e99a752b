package org.chorale.invoice.format;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

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

	private static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

	private static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

	private static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

	private final XMLStreamWriter xml;

	private CiiWriter(XMLStreamWriter xml) {
		this.xml = xml;
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
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeStartElement("rsm", "CrossIndustryInvoice", RSM);
		this.xml.writeNamespace("rsm", RSM);
		this.xml.writeNamespace("ram", RAM);
		this.xml.writeNamespace("udt", UDT);
		start("rsm", "ExchangedDocumentContext");
		start("BusinessProcessSpecifiedDocumentContextParameter");
		text("ID", invoice.cadre());
		end();
		start("GuidelineSpecifiedDocumentContextParameter");
		text("ID", EN16931);
		end();
		end();
		start("rsm", "ExchangedDocument");
		text("ID", invoice.number());
		text("TypeCode", invoice.creditNote() ? "381" : "380");
		date("IssueDateTime", invoice.issueDate());
		if (invoice.note().isPresent()) {
			start("IncludedNote");
			text("Content", invoice.note().get());
			end();
		}
		end();
		start("rsm", "SupplyChainTradeTransaction");
		for (int i = 0; i < invoice.lines().size(); i++) {
			line(i + 1, invoice.lines().get(i), totals.lineAmounts().get(i));
		}
		agreement(invoice);
		start("ApplicableHeaderTradeDelivery");
		end();
		settlement(invoice, totals);
		end();
		this.xml.writeEndElement();
		this.xml.writeEndDocument();
	}

	private void line(int number, EntryLine line, BigDecimal amount) throws XMLStreamException {
		start("IncludedSupplyChainTradeLineItem");
		start("AssociatedDocumentLineDocument");
		text("LineID", String.valueOf(number));
		end();
		start("SpecifiedTradeProduct");
		text("Name", line.description());
		end();
		start("SpecifiedLineTradeAgreement");
		start("NetPriceProductTradePrice");
		text("ChargeAmount", line.unitPrice().toPlainString());
		end();
		end();
		start("SpecifiedLineTradeDelivery");
		start("BilledQuantity");
		this.xml.writeAttribute("unitCode", line.unit());
		this.xml.writeCharacters(line.quantity().toPlainString());
		end();
		end();
		start("SpecifiedLineTradeSettlement");
		start("ApplicableTradeTax");
		text("TypeCode", "VAT");
		text("CategoryCode", line.category().name());
		text("RateApplicablePercent", rate(line));
		end();
		if (line.allowance().signum() != 0) {
			start("SpecifiedTradeAllowanceCharge");
			start("ChargeIndicator");
			this.xml.writeStartElement("udt", "Indicator", UDT);
			this.xml.writeCharacters("false");
			end();
			end();
			text("ActualAmount", line.allowance().toPlainString());
			text("Reason", "Remise");
			end();
		}
		start("SpecifiedTradeSettlementLineMonetarySummation");
		text("LineTotalAmount", amount.toPlainString());
		end();
		end();
		end();
	}

	private void agreement(InvoiceEntry invoice) throws XMLStreamException {
		start("ApplicableHeaderTradeAgreement");
		optional("BuyerReference", invoice.serviceCode());
		party("SellerTradeParty", invoice.seller());
		party("BuyerTradeParty", invoice.buyer());
		if (invoice.commitment().isPresent()) {
			start("BuyerOrderReferencedDocument");
			text("IssuerAssignedID", invoice.commitment().get());
			end();
		}
		end();
	}

	private void party(String role, EntryParty party) throws XMLStreamException {
		start(role);
		start("GlobalID");
		this.xml.writeAttribute("schemeID", PartyIdentifier.SIRET_SCHEME);
		this.xml.writeCharacters(party.siret());
		end();
		text("Name", party.name());
		start("SpecifiedLegalOrganization");
		start("ID");
		this.xml.writeAttribute("schemeID", PartyIdentifier.SIRET_SCHEME);
		this.xml.writeCharacters(party.siret());
		end();
		end();
		start("PostalTradeAddress");
		optional("PostcodeCode", party.postalCode());
		optional("LineOne", party.street());
		optional("CityName", party.city());
		text("CountryID", party.country());
		end();
		if (party.vatNumber().isPresent()) {
			start("SpecifiedTaxRegistration");
			start("ID");
			this.xml.writeAttribute("schemeID", "VA");
			this.xml.writeCharacters(party.vatNumber().get());
			end();
			end();
		}
		end();
	}

	private void settlement(InvoiceEntry invoice, EntryTotals totals) throws XMLStreamException {
		start("ApplicableHeaderTradeSettlement");
		text("InvoiceCurrencyCode", invoice.currency());
		if (invoice.paymentMeans().isPresent()) {
			start("SpecifiedTradeSettlementPaymentMeans");
			text("TypeCode", invoice.paymentMeans().get());
			if (invoice.iban().isPresent()) {
				start("PayeePartyCreditorFinancialAccount");
				text("IBANID", invoice.iban().get());
				end();
			}
			end();
		}
		for (VatBreakdown vat : totals.vat()) {
			start("ApplicableTradeTax");
			text("CalculatedAmount", vat.tax().toPlainString());
			text("TypeCode", "VAT");
			if (vat.category().needsExemptionReason()) {
				text("ExemptionReason", invoice.exemptionReason().orElse(""));
			}
			text("BasisAmount", vat.taxable().toPlainString());
			text("CategoryCode", vat.category().name());
			text("RateApplicablePercent", vat.rate().toPlainString());
			end();
		}
		if (invoice.dueDate().isPresent()) {
			start("SpecifiedTradePaymentTerms");
			date("DueDateDateTime", invoice.dueDate().get());
			end();
		}
		start("SpecifiedTradeSettlementHeaderMonetarySummation");
		text("LineTotalAmount", totals.lines().toPlainString());
		text("TaxBasisTotalAmount", totals.withoutVat().toPlainString());
		start("TaxTotalAmount");
		this.xml.writeAttribute("currencyID", invoice.currency());
		this.xml.writeCharacters(totals.vatTotal().toPlainString());
		end();
		text("GrandTotalAmount", totals.withVat().toPlainString());
		text("DuePayableAmount", totals.due().toPlainString());
		end();
		if (invoice.precedingInvoice().isPresent()) {
			start("InvoiceReferencedDocument");
			text("IssuerAssignedID", invoice.precedingInvoice().get());
			end();
		}
		end();
	}

	private static String rate(EntryLine line) {
		return (line.category().rated() ? line.rate() : BigDecimal.ZERO).toPlainString();
	}

	private void date(String name, LocalDate date) throws XMLStreamException {
		start(name);
		this.xml.writeStartElement("udt", "DateTimeString", UDT);
		this.xml.writeAttribute("format", "102");
		this.xml.writeCharacters(date.format(DateTimeFormatter.BASIC_ISO_DATE));
		end();
		end();
	}

	private void optional(String name, Optional<String> value) throws XMLStreamException {
		if (value.isPresent()) {
			text(name, value.get());
		}
	}

	private void text(String name, String value) throws XMLStreamException {
		start(name);
		this.xml.writeCharacters(value);
		end();
	}

	private void start(String name) throws XMLStreamException {
		this.xml.writeStartElement("ram", name, RAM);
	}

	private void start(String prefix, String name) throws XMLStreamException {
		this.xml.writeStartElement(prefix, name, RSM);
	}

	private void end() throws XMLStreamException {
		this.xml.writeEndElement();
	}

}
