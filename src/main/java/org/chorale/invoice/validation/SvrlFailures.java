package org.chorale.invoice.validation;

import java.util.ArrayList;
import java.util.List;

import com.helger.diagnostics.error.IError;
import com.helger.schematron.svrl.SVRLFailedAssert;
import com.helger.schematron.svrl.SVRLSuccessfulReport;
import com.helger.schematron.svrl.jaxb.FailedAssert;
import com.helger.schematron.svrl.jaxb.SuccessfulReport;
import com.helger.schematron.svrl.jaxb.Text;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives the SVRL a Schematron stylesheet writes and keeps only its failed assertions
 * and successful reports, as phive would report them. The rest of the report (a
 * fired-rule element per rule and context node, thousands for a valid invoice) is never
 * built: building and reading it back costed a seventh of each validation.
 */
final class SvrlFailures extends DefaultHandler {

	private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

	private final String systemId;

	private final List<IError> errors = new ArrayList<>();

	private FailedAssert failedAssert;

	private SuccessfulReport successfulReport;

	private StringBuilder text;

	private int textDepth;

	SvrlFailures(String systemId) {
		this.systemId = systemId;
	}

	List<IError> errors() {
		return this.errors;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (this.text != null) {
			this.textDepth++;
			return;
		}
		if (!SVRL.equals(uri)) {
			return;
		}
		switch (localName) {
			case "failed-assert" -> {
				this.failedAssert = new FailedAssert();
				this.failedAssert.setId(attributes.getValue("id"));
				this.failedAssert.setFlag(attributes.getValue("flag"));
				this.failedAssert.setLocation(attributes.getValue("location"));
				this.failedAssert.setTest(attributes.getValue("test"));
				this.failedAssert.setRole(attributes.getValue("role"));
			}
			case "successful-report" -> {
				this.successfulReport = new SuccessfulReport();
				this.successfulReport.setId(attributes.getValue("id"));
				this.successfulReport.setFlag(attributes.getValue("flag"));
				this.successfulReport.setLocation(attributes.getValue("location"));
				this.successfulReport.setTest(attributes.getValue("test"));
				this.successfulReport.setRole(attributes.getValue("role"));
			}
			case "text" -> {
				if (this.failedAssert != null || this.successfulReport != null) {
					this.text = new StringBuilder();
					this.textDepth = 0;
				}
			}
			default -> {
				// active patterns, fired rules and the like say nothing failed
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.text != null) {
			this.text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if (this.text != null) {
			if (this.textDepth-- > 0) {
				return;
			}
			Text content = new Text();
			content.addContent(this.text.toString());
			if (this.failedAssert != null) {
				this.failedAssert.addDiagnosticReferenceOrPropertyReferenceOrText(content);
			}
			else {
				this.successfulReport.addDiagnosticReferenceOrPropertyReferenceOrText(content);
			}
			this.text = null;
			return;
		}
		if (!SVRL.equals(uri)) {
			return;
		}
		if (localName.equals("failed-assert") && this.failedAssert != null) {
			this.errors.add(new SVRLFailedAssert(this.failedAssert).getAsResourceError(this.systemId));
			this.failedAssert = null;
		}
		else if (localName.equals("successful-report") && this.successfulReport != null) {
			this.errors.add(new SVRLSuccessfulReport(this.successfulReport).getAsResourceError(this.systemId));
			this.successfulReport = null;
		}
	}

}
