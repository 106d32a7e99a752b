package org.chorale.espd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import org.chorale.shared.Refusal;

/**
 * The UBL namespaces of the ESPD documents, safe parsing (no DOCTYPE, no external entity)
 * and the few DOM helpers the reader and the writer share.
 */
final class Ubl {

	static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

	static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

	static final String REQUEST = "urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationRequest-2";

	static final String RESPONSE = "urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2";

	private Ubl() {
	}

	/**
	 * @throws Refusal when it is not well-formed XML or declares a DOCTYPE
	 */
	static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException ex) {
			String message = String.valueOf(ex.getMessage());
			throw message.contains("DOCTYPE") ? new Refusal("file", "espd.doctype")
					: new Refusal("file", "espd.notXml", message);
		}
		catch (IOException | ParserConfigurationException ex) {
			throw new Refusal("file", "espd.notXml", String.valueOf(ex.getMessage()));
		}
	}

	static byte[] write(Document document) {
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("An ESPD document could not be written", ex);
		}
	}

	/** The element's children in this namespace with this local name, in order. */
	static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	static Optional<Element> child(Element parent, String namespace, String name) {
		return children(parent, namespace, name).stream().findFirst();
	}

	/** The trimmed text of the first {@code cbc:} child so named, if not blank. */
	static Optional<String> text(Element parent, String name) {
		return child(parent, CBC, name).map(Node::getTextContent).map(String::strip).filter(text -> !text.isEmpty());
	}

	/** The text at the end of a path of {@code cac:} elements then one {@code cbc:}. */
	static Optional<String> text(Element parent, String... path) {
		Element at = parent;
		for (int i = 0; i < path.length - 1; i++) {
			Optional<Element> next = child(at, CAC, path[i]);
			if (next.isEmpty()) {
				return Optional.empty();
			}
			at = next.get();
		}
		return text(at, path[path.length - 1]);
	}

}
