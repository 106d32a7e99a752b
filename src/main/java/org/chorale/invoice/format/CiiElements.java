package org.chorale.invoice.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes CII's elements: {@code ram:} by default, dates in format 102, optional texts.
 */
final class CiiElements {

	static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

	static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

	static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

	private final XMLStreamWriter xml;

	CiiElements(XMLStreamWriter xml) {
		this.xml = xml;
	}

	/**
	 * Starts the document: the root, the context (cadre, profile) and the document's
	 * number, type and date, leaving {@code ExchangedDocument} open for notes.
	 */
	void document(String cadre, String profile, String number, boolean creditNote, LocalDate issued)
			throws XMLStreamException {
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeStartElement("rsm", "CrossIndustryInvoice", RSM);
		this.xml.writeNamespace("rsm", RSM);
		this.xml.writeNamespace("ram", RAM);
		this.xml.writeNamespace("udt", UDT);
		startDocumentPart("ExchangedDocumentContext");
		start("BusinessProcessSpecifiedDocumentContextParameter");
		text("ID", cadre);
		end();
		start("GuidelineSpecifiedDocumentContextParameter");
		text("ID", profile);
		end();
		end();
		startDocumentPart("ExchangedDocument");
		text("ID", number);
		text("TypeCode", creditNote ? "381" : "380");
		date("IssueDateTime", issued);
	}

	void start(String name) throws XMLStreamException {
		this.xml.writeStartElement("ram", name, RAM);
	}

	void startDocumentPart(String name) throws XMLStreamException {
		this.xml.writeStartElement("rsm", name, RSM);
	}

	void end() throws XMLStreamException {
		this.xml.writeEndElement();
	}

	void text(String name, String value) throws XMLStreamException {
		start(name);
		this.xml.writeCharacters(value);
		end();
	}

	void optional(String name, Optional<String> value) throws XMLStreamException {
		if (value.isPresent()) {
			text(name, value.get());
		}
	}

	/** An element with one attribute and a text: {@code <ram:ID schemeID="0009">...}. */
	void text(String name, String attribute, String attributeValue, String value) throws XMLStreamException {
		start(name);
		this.xml.writeAttribute(attribute, attributeValue);
		this.xml.writeCharacters(value);
		end();
	}

	void date(String name, LocalDate date) throws XMLStreamException {
		start(name);
		this.xml.writeStartElement("udt", "DateTimeString", UDT);
		this.xml.writeAttribute("format", "102");
		this.xml.writeCharacters(date.format(DateTimeFormatter.BASIC_ISO_DATE));
		end();
		end();
	}

	void indicator(String name, boolean value) throws XMLStreamException {
		start(name);
		this.xml.writeStartElement("udt", "Indicator", UDT);
		this.xml.writeCharacters(Boolean.toString(value));
		end();
		end();
	}

}
