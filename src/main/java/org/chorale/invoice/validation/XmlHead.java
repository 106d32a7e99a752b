package org.chorale.invoice.validation;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an invoice declares at its top: its root element and its specification identifier
 * (BT-24). They choose the rule set, whose schema then validates the document during its
 * one full parse; so they are read first, from the first elements only.
 *
 * <p>
 * BT-24 is looked for where the schemas put it (UBL: a child of the root after the
 * optional UBLExtensions and UBLVersionID; CII: the first child's
 * GuidelineSpecifiedDocumentContextParameter). A document that has it elsewhere breaks
 * its schema anyway, which its findings then say.
 *
 * @param specification BT-24, blank when absent
 */
record XmlHead(String namespace, String localName, String specification) {

	private static final XMLInputFactory FACTORY = factory();

	static XmlHead read(byte[] xml) throws Unreadable {
		XMLStreamReader reader = null;
		try {
			reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
			if (nextTag(reader) != XMLStreamConstants.START_ELEMENT) {
				throw SafeXml.notWellFormed(reader.getLocation().getLineNumber(), "no root element");
			}
			String namespace = String.valueOf(reader.getNamespaceURI());
			String root = reader.getLocalName();
			String specification = switch (namespace) {
				case Syntax.UBL_INVOICE_NS, Syntax.UBL_CREDIT_NOTE_NS -> ublSpecification(reader);
				case Syntax.CII_NS -> ciiSpecification(reader);
				default -> "";
			};
			return new XmlHead(namespace, root, specification);
		}
		catch (XMLStreamException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 0;
			throw SafeXml.notWellFormed(line, ex.getMessage());
		}
		finally {
			close(reader);
		}
	}

	private static String ublSpecification(XMLStreamReader reader) throws XMLStreamException {
		while (nextTag(reader) == XMLStreamConstants.START_ELEMENT) {
			switch (reader.getLocalName()) {
				case "CustomizationID" -> {
					return text(reader);
				}
				case "UBLExtensions", "UBLVersionID" -> skip(reader);
				default -> {
					return "";
				}
			}
		}
		return "";
	}

	private static String ciiSpecification(XMLStreamReader reader) throws XMLStreamException {
		if (nextTag(reader) != XMLStreamConstants.START_ELEMENT
				|| !reader.getLocalName().equals("ExchangedDocumentContext")) {
			return "";
		}
		while (nextTag(reader) == XMLStreamConstants.START_ELEMENT) {
			if (!reader.getLocalName().equals("GuidelineSpecifiedDocumentContextParameter")) {
				skip(reader);
				continue;
			}
			while (nextTag(reader) == XMLStreamConstants.START_ELEMENT) {
				if (reader.getLocalName().equals("ID")) {
					return text(reader);
				}
				skip(reader);
			}
			return "";
		}
		return "";
	}

	/**
	 * The next start or end of an element, past text, comments and processing
	 * instructions (which the schema judges later).
	 */
	private static int nextTag(XMLStreamReader reader) throws XMLStreamException {
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
				return event;
			}
		}
		return XMLStreamConstants.END_DOCUMENT;
	}

	/** The element's text, or blank when it holds elements. */
	private static String text(XMLStreamReader reader) {
		try {
			return reader.getElementText().strip();
		}
		catch (XMLStreamException ex) {
			return "";
		}
	}

	/** Moves past the end of the current element. */
	private static void skip(XMLStreamReader reader) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// nothing held but memory
			}
		}
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

}
