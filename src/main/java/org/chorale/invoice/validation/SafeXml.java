package org.chorale.invoice.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML that suppliers send. Any DOCTYPE is refused before anything else reads the
 * file: an inline DTD may declare entities that expand without end, and the rule engine
 * would accept it.
 */
public final class SafeXml {

	private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::builder);

	/** How far into the file a DOCTYPE can hide: the prolog, comments included. */
	private static final int PROLOG_WINDOW = 64 * 1024;

	private SafeXml() {
	}

	public static Document parse(byte[] xml) throws Unreadable {
		if (declaresDoctype(xml)) {
			throw new Unreadable("validation.doctype");
		}
		DocumentBuilder builder = BUILDERS.get();
		try {
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXParseException ex) {
			throw new Unreadable("validation.not-well-formed", ex.getLineNumber(), ex.getMessage());
		}
		catch (SAXException | IOException ex) {
			throw new Unreadable("validation.not-well-formed", 0, ex.getMessage());
		}
		finally {
			builder.reset();
		}
	}

	static boolean declaresDoctype(byte[] xml) {
		String prolog = new String(xml, 0, Math.min(xml.length, PROLOG_WINDOW), StandardCharsets.ISO_8859_1);
		return prolog.contains("<!DOCTYPE");
	}

	private static DocumentBuilder builder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new Quiet());
			return builder;
		}
		catch (ParserConfigurationException ex) {
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
