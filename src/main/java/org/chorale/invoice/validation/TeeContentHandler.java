package org.chorale.invoice.validation;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/** Sends one parse's events to two handlers, in order. */
final class TeeContentHandler implements ContentHandler {

	private final ContentHandler first;

	private final ContentHandler second;

	TeeContentHandler(ContentHandler first, ContentHandler second) {
		this.first = first;
		this.second = second;
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		this.first.setDocumentLocator(locator);
		this.second.setDocumentLocator(locator);
	}

	@Override
	public void startDocument() throws SAXException {
		this.first.startDocument();
		this.second.startDocument();
	}

	@Override
	public void endDocument() throws SAXException {
		this.first.endDocument();
		this.second.endDocument();
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		this.first.startPrefixMapping(prefix, uri);
		this.second.startPrefixMapping(prefix, uri);
	}

	@Override
	public void endPrefixMapping(String prefix) throws SAXException {
		this.first.endPrefixMapping(prefix);
		this.second.endPrefixMapping(prefix);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		this.first.startElement(uri, localName, qName, attributes);
		this.second.startElement(uri, localName, qName, attributes);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		this.first.endElement(uri, localName, qName);
		this.second.endElement(uri, localName, qName);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		this.first.characters(ch, start, length);
		this.second.characters(ch, start, length);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		this.first.ignorableWhitespace(ch, start, length);
		this.second.ignorableWhitespace(ch, start, length);
	}

	@Override
	public void processingInstruction(String target, String data) throws SAXException {
		this.first.processingInstruction(target, data);
		this.second.processingInstruction(target, data);
	}

	@Override
	public void skippedEntity(String name) throws SAXException {
		this.first.skippedEntity(name);
		this.second.skippedEntity(name);
	}

}
