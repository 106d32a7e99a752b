package org.chorale.invoice.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import net.sf.saxon.dom.NodeOverNodeInfo;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.w3c.dom.Document;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Parses XML that suppliers send. Any DOCTYPE is refused before anything else reads the
 * file: an inline DTD may declare entities that expand without end, and the rule engine
 * would accept it.
 */
public final class SafeXml {

	private static final ThreadLocal<XMLReader> READERS = ThreadLocal.withInitial(SafeXml::reader);

	private static final Processor TREES = new Processor(false);

	/** How far into the file a DOCTYPE can hide: the prolog, comments included. */
	private static final int PROLOG_WINDOW = 64 * 1024;

	private SafeXml() {
	}

	/**
	 * Sends the document's events to the handler, in one pass.
	 * @throws Unreadable for a DOCTYPE or XML that is not well-formed
	 */
	public static void parse(byte[] xml, ContentHandler handler) throws Unreadable {
		if (declaresDoctype(xml)) {
			throw new Unreadable("validation.doctype");
		}
		XMLReader reader = READERS.get();
		reader.setContentHandler(handler);
		try {
			reader.parse(new InputSource(new ByteArrayInputStream(xml)));
		}
		catch (SAXParseException ex) {
			throw notWellFormed(ex.getLineNumber(), ex.getMessage());
		}
		catch (SAXException | IOException ex) {
			throw notWellFormed(0, ex.getMessage());
		}
		finally {
			reader.setContentHandler(null);
		}
	}

	/**
	 * The document as a read-only DOM over Saxon's tree, for reading an invoice already
	 * validated (its page).
	 */
	public static Document read(byte[] xml) throws Unreadable {
		try {
			BuildingContentHandler tree = TREES.newDocumentBuilder().newBuildingContentHandler();
			parse(xml, tree);
			return (Document) NodeOverNodeInfo.wrap(tree.getDocumentNode().getUnderlyingNode());
		}
		catch (SaxonApiException ex) {
			throw notWellFormed(0, ex.getMessage());
		}
	}

	static Unreadable notWellFormed(int line, String reason) {
		return new Unreadable("validation.not-well-formed", line, reason);
	}

	static boolean declaresDoctype(byte[] xml) {
		String prolog = new String(xml, 0, Math.min(xml.length, PROLOG_WINDOW), StandardCharsets.ISO_8859_1);
		return prolog.contains("<!DOCTYPE");
	}

	private static XMLReader reader() {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			XMLReader reader = factory.newSAXParser().getXMLReader();
			reader.setErrorHandler(new Quiet());
			return reader;
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("The JDK's XML parser lacks secure processing", ex);
		}
	}

	/** The default handler prints "[Fatal Error]" on stderr before throwing. */
	private static final class Quiet implements ErrorHandler {

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) throws SAXParseException {
			throw ex;
		}

		@Override
		public void fatalError(SAXParseException ex) throws SAXParseException {
			throw ex;
		}

	}

}
