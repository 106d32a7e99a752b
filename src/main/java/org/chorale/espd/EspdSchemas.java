package org.chorale.espd;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The ESPD-EDM 4.1.0 schemas (UBL 2.3) shipped with Chorale, compiled once: every request
 * and response Chorale exports is checked against them before it is given.
 */
final class EspdSchemas {

	private static final Schema RESPONSE = compile(
			"/espd/schemas/maindoc/UBL-QualificationApplicationResponse-2.3.xsd");

	private static final Schema REQUEST = compile("/espd/schemas/maindoc/UBL-QualificationApplicationRequest-2.3.xsd");

	private EspdSchemas() {
	}

	/** What the schema finds wrong in the response; empty when it validates. */
	static List<String> responseProblems(byte[] xml) {
		return problems(RESPONSE, xml);
	}

	/** What the schema finds wrong in the request; empty when it validates. */
	static List<String> requestProblems(byte[] xml) {
		return problems(REQUEST, xml);
	}

	private static List<String> problems(Schema schema, byte[] xml) {
		List<String> problems = new ArrayList<>();
		Validator validator = schema.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException ex) {
				}

				@Override
				public void error(SAXParseException ex) {
					problems.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
				}

				@Override
				public void fatalError(SAXParseException ex) {
					problems.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
				}
			});
			validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		}
		catch (SAXException | IOException ex) {
			problems.add(String.valueOf(ex.getMessage()));
		}
		return problems;
	}

	private static Schema compile(String resource) {
		URL url = EspdSchemas.class.getResource(resource);
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
			return factory.newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
		}
		catch (SAXException | IOException ex) {
			throw new IllegalStateException("The ESPD schemas shipped with Chorale do not compile", ex);
		}
	}

}
