package org.chorale.invoice.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads {@link InvoiceData} from a UBL 2.1 Invoice or CreditNote, or from a UN/CEFACT CII
 * D16B invoice (Factur-X's XML), following EN 16931's syntax bindings.
 */
public final class InvoiceReader {

	private static final DateTimeFormatter CII_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private InvoiceReader() {
	}

	public static InvoiceData ubl(Document document) {
		Element root = document.getDocumentElement();
		boolean creditNote = root.getLocalName().equals("CreditNote");
		Optional<Element> totals = Dom.first(root, "LegalMonetaryTotal");
		Optional<String> currency = Dom.text(root, "DocumentCurrencyCode");
		return new InvoiceData(Dom.text(root, "ID"), Dom.text(root, "IssueDate").flatMap(InvoiceReader::isoDate),
				Dom.text(root, creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode"), currency,
				(creditNote ? Dom.text(root, "PaymentMeans", "PaymentDueDate") : Dom.text(root, "DueDate"))
					.flatMap(InvoiceReader::isoDate),
				Dom.text(root, "BuyerReference"), Dom.text(root, "OrderReference", "ID"), Dom.text(root, "ProfileID"),
				Dom.text(root, "CustomizationID"), Dom.text(root, "BillingReference", "InvoiceDocumentReference", "ID"),
				ublParty(root, "AccountingSupplierParty"), ublParty(root, "AccountingCustomerParty"),
				amount(totals, "TaxExclusiveAmount"), ublVat(root, currency), amount(totals, "TaxInclusiveAmount"),
				amount(totals, "PayableAmount"));
	}

	public static InvoiceData cii(Document document) {
		Element root = document.getDocumentElement();
		Optional<Element> context = Dom.first(root, "ExchangedDocumentContext");
		Optional<Element> header = Dom.first(root, "ExchangedDocument");
		Optional<Element> agreement = Dom.first(root, "SupplyChainTradeTransaction", "ApplicableHeaderTradeAgreement");
		Optional<Element> settlement = Dom.first(root, "SupplyChainTradeTransaction",
				"ApplicableHeaderTradeSettlement");
		Optional<Element> totals = settlement
			.flatMap(s -> Dom.first(s, "SpecifiedTradeSettlementHeaderMonetarySummation"));
		Optional<String> currency = settlement.flatMap(s -> Dom.text(s, "InvoiceCurrencyCode"));
		return new InvoiceData(header.flatMap(h -> Dom.text(h, "ID")),
				header.flatMap(h -> Dom.text(h, "IssueDateTime", "DateTimeString")).flatMap(InvoiceReader::ciiDate),
				header.flatMap(h -> Dom.text(h, "TypeCode")), currency,
				settlement.flatMap(s -> Dom.text(s, "SpecifiedTradePaymentTerms", "DueDateDateTime", "DateTimeString"))
					.flatMap(InvoiceReader::ciiDate),
				agreement.flatMap(a -> Dom.text(a, "BuyerReference")),
				agreement.flatMap(a -> Dom.text(a, "BuyerOrderReferencedDocument", "IssuerAssignedID")),
				context.flatMap(c -> Dom.text(c, "BusinessProcessSpecifiedDocumentContextParameter", "ID")),
				context.flatMap(c -> Dom.text(c, "GuidelineSpecifiedDocumentContextParameter", "ID")),
				settlement.flatMap(s -> Dom.text(s, "InvoiceReferencedDocument", "IssuerAssignedID")),
				ciiParty(agreement, "SellerTradeParty"), ciiParty(agreement, "BuyerTradeParty"),
				amount(totals, "TaxBasisTotalAmount"), ciiVat(totals, currency), amount(totals, "GrandTotalAmount"),
				amount(totals, "DuePayableAmount"));
	}

	/** The lines, VAT breakdown, account and note of a UBL invoice or credit note. */
	public static InvoiceDetails ublDetails(Document document) {
		Element root = document.getDocumentElement();
		boolean creditNote = root.getLocalName().equals("CreditNote");
		List<InvoiceDetails.Line> lines = Dom.all(root, creditNote ? "CreditNoteLine" : "InvoiceLine")
			.stream()
			.map(line -> {
				Optional<Element> quantity = Dom.first(line, creditNote ? "CreditedQuantity" : "InvoicedQuantity");
				Optional<Element> tax = Dom.first(line, "Item", "ClassifiedTaxCategory");
				return new InvoiceDetails.Line(Dom.text(line, "ID").orElse(""),
						Dom.text(line, "Item", "Name").orElse(""), quantity.flatMap(q -> decimal(q.getTextContent())),
						quantity.flatMap(q -> Dom.attribute(q, "unitCode")),
						Dom.text(line, "Price", "PriceAmount").flatMap(InvoiceReader::decimal),
						tax.flatMap(t -> Dom.text(t, "ID")),
						tax.flatMap(t -> Dom.text(t, "Percent")).flatMap(InvoiceReader::decimal),
						Dom.text(line, "LineExtensionAmount").flatMap(InvoiceReader::decimal));
			})
			.toList();
		List<InvoiceDetails.VatBreakdown> vat = Dom.all(root, "TaxTotal", "TaxSubtotal")
			.stream()
			.map(sub -> new InvoiceDetails.VatBreakdown(Dom.text(sub, "TaxCategory", "ID"),
					Dom.text(sub, "TaxCategory", "Percent").flatMap(InvoiceReader::decimal),
					Dom.text(sub, "TaxableAmount").flatMap(InvoiceReader::decimal),
					Dom.text(sub, "TaxAmount").flatMap(InvoiceReader::decimal)))
			.toList();
		return new InvoiceDetails(lines, vat, Dom.text(root, "PaymentMeans", "PayeeFinancialAccount", "ID"),
				Dom.text(root, "Note"));
	}

	/** The lines, VAT breakdown, account and note of a CII invoice. */
	public static InvoiceDetails ciiDetails(Document document) {
		Element root = document.getDocumentElement();
		Optional<Element> transaction = Dom.first(root, "SupplyChainTradeTransaction");
		List<InvoiceDetails.Line> lines = transaction.stream()
			.flatMap(t -> Dom.all(t, "IncludedSupplyChainTradeLineItem").stream())
			.map(line -> {
				Optional<Element> quantity = Dom.first(line, "SpecifiedLineTradeDelivery", "BilledQuantity");
				Optional<Element> tax = Dom.first(line, "SpecifiedLineTradeSettlement", "ApplicableTradeTax");
				return new InvoiceDetails.Line(Dom.text(line, "AssociatedDocumentLineDocument", "LineID").orElse(""),
						Dom.text(line, "SpecifiedTradeProduct", "Name").orElse(""),
						quantity.flatMap(q -> decimal(q.getTextContent())),
						quantity.flatMap(q -> Dom.attribute(q, "unitCode")),
						Dom.text(line, "SpecifiedLineTradeAgreement", "NetPriceProductTradePrice", "ChargeAmount")
							.flatMap(InvoiceReader::decimal),
						tax.flatMap(t -> Dom.text(t, "CategoryCode")),
						tax.flatMap(t -> Dom.text(t, "RateApplicablePercent")).flatMap(InvoiceReader::decimal),
						Dom.text(line, "SpecifiedLineTradeSettlement", "SpecifiedTradeSettlementLineMonetarySummation",
								"LineTotalAmount")
							.flatMap(InvoiceReader::decimal));
			})
			.toList();
		Optional<Element> settlement = transaction.flatMap(t -> Dom.first(t, "ApplicableHeaderTradeSettlement"));
		List<InvoiceDetails.VatBreakdown> vat = settlement.stream()
			.flatMap(s -> Dom.all(s, "ApplicableTradeTax").stream())
			.map(tax -> new InvoiceDetails.VatBreakdown(Dom.text(tax, "CategoryCode"),
					Dom.text(tax, "RateApplicablePercent").flatMap(InvoiceReader::decimal),
					Dom.text(tax, "BasisAmount").flatMap(InvoiceReader::decimal),
					Dom.text(tax, "CalculatedAmount").flatMap(InvoiceReader::decimal)))
			.toList();
		return new InvoiceDetails(lines, vat,
				settlement.flatMap(s -> Dom.text(s, "SpecifiedTradeSettlementPaymentMeans",
						"PayeePartyCreditorFinancialAccount", "IBANID")),
				Dom.text(root, "ExchangedDocument", "IncludedNote", "Content"));
	}

	private static Party ublParty(Element root, String role) {
		Optional<Element> party = Dom.first(root, role, "Party");
		if (party.isEmpty()) {
			return new Party(Optional.empty(), List.of(), Optional.empty());
		}
		Element p = party.get();
		List<PartyIdentifier> identifiers = new ArrayList<>(identifiers(Dom.all(p, "PartyIdentification", "ID")));
		identifiers.addAll(identifiers(Dom.all(p, "PartyLegalEntity", "CompanyID")));
		identifiers.addAll(identifiers(Dom.all(p, "EndpointID")));
		Optional<String> name = Dom.text(p, "PartyLegalEntity", "RegistrationName")
			.or(() -> Dom.text(p, "PartyName", "Name"));
		return new Party(name, identifiers, Dom.text(p, "PartyTaxScheme", "CompanyID"));
	}

	private static Party ciiParty(Optional<Element> agreement, String role) {
		Optional<Element> party = agreement.flatMap(a -> Dom.first(a, role));
		if (party.isEmpty()) {
			return new Party(Optional.empty(), List.of(), Optional.empty());
		}
		Element p = party.get();
		List<PartyIdentifier> identifiers = new ArrayList<>(identifiers(Dom.all(p, "ID")));
		identifiers.addAll(identifiers(Dom.all(p, "GlobalID")));
		identifiers.addAll(identifiers(Dom.all(p, "SpecifiedLegalOrganization", "ID")));
		identifiers.addAll(identifiers(Dom.all(p, "URIUniversalCommunication", "URIID")));
		Optional<String> vat = Dom.all(p, "SpecifiedTaxRegistration", "ID")
			.stream()
			.filter(id -> id.getAttribute("schemeID").equals("VA"))
			.map(id -> id.getTextContent().strip())
			.findFirst();
		return new Party(Dom.text(p, "Name"), identifiers, vat);
	}

	private static List<PartyIdentifier> identifiers(List<Element> elements) {
		return elements.stream()
			.filter(e -> !e.getTextContent().isBlank())
			.map(e -> new PartyIdentifier(e.getTextContent().strip(), Dom.attribute(e, "schemeID")))
			.toList();
	}

	/** BT-110 is the TaxTotal amount in the invoice's currency (BT-111 is in another). */
	private static Optional<BigDecimal> ublVat(Element root, Optional<String> currency) {
		return Dom.all(root, "TaxTotal", "TaxAmount")
			.stream()
			.filter(a -> currency.isEmpty() || currency.get().equals(a.getAttribute("currencyID")))
			.findFirst()
			.flatMap(a -> decimal(a.getTextContent()));
	}

	private static Optional<BigDecimal> ciiVat(Optional<Element> totals, Optional<String> currency) {
		return totals.stream()
			.flatMap(t -> Dom.all(t, "TaxTotalAmount").stream())
			.filter(a -> currency.isEmpty() || a.getAttribute("currencyID").isEmpty()
					|| currency.get().equals(a.getAttribute("currencyID")))
			.findFirst()
			.flatMap(a -> decimal(a.getTextContent()));
	}

	private static Optional<BigDecimal> amount(Optional<Element> totals, String name) {
		return totals.flatMap(t -> Dom.text(t, name)).flatMap(InvoiceReader::decimal);
	}

	private static Optional<BigDecimal> decimal(String text) {
		try {
			return Optional.of(new BigDecimal(text.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> isoDate(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> ciiDate(String text) {
		try {
			return Optional.of(LocalDate.parse(text, CII_DATE));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
