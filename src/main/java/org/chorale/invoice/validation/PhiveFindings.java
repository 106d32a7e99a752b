package org.chorale.invoice.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.helger.diagnostics.error.IError;

import org.chorale.shared.Message;

/**
 * Turns what phive reports into findings a supplier can act on: the rule's own words in
 * English and French instead of its text alone, the business term it is about, and a path
 * of element names instead of an XPath. Schema errors name the line and the elements
 * involved.
 */
final class PhiveFindings {

	/** Rule identifier to its English and French messages. */
	private static final Map<String, String[]> RULES = Tsv.load("rules.tsv");

	private static final Pattern RULE_PREFIX = Pattern.compile("^\\s*\\[[^\\]]+\\]\\s*-?\\s*");

	private static final Pattern TERM = Pattern.compile("\\b(B[TG]-\\d+)\\b");

	private static final Pattern STEP = Pattern.compile("(?:\\*:|[A-Za-z0-9]+:)?([A-Za-z0-9_]+)(?:\\[[^\\]]*\\])*");

	private static final Pattern POSITION = Pattern.compile("\\[(\\d+)\\]$");

	private static final Pattern UNEXPECTED = Pattern
		.compile("Invalid content was found starting with element '(.+?)'\\. One of '\\{(.*)\\}' is expected");

	private static final Pattern NOTHING_EXPECTED = Pattern
		.compile("Invalid content was found starting with element '(.+?)'\\. No child element is expected");

	private static final Pattern INCOMPLETE = Pattern
		.compile("The content of element '(.+?)' is not complete\\. One of '\\{(.*)\\}' is expected");

	private static final Pattern NOT_USED = Pattern
		.compile("Element '(.+?)' is marked as not used in the given context");

	private static final Pattern BAD_VALUE = Pattern.compile("The value '(.*?)' of element '(.+?)' is not valid");

	private PhiveFindings() {
	}

	static Finding of(IError error) {
		Severity severity = error.getErrorLevel().isError() ? Severity.ERROR : Severity.WARNING;
		String text = Optional.ofNullable(error.getErrorText(Locale.ENGLISH)).orElse("").strip();
		String rule = error.getErrorID();
		if (rule == null || rule.isBlank()) {
			return schema(severity, text, error.getErrorLocation().getLineNumber());
		}
		String english = RULE_PREFIX.matcher(text).replaceFirst("");
		String[] known = RULES.get(rule);
		String en = (known != null) ? known[0] : english;
		String fr = (known != null) ? known[1] : english;
		return new Finding(rule, severity, term(english), location(error.getErrorFieldName()), fr, en);
	}

	/** The first business term the rule's text names is the one it is about. */
	static Optional<String> term(String text) {
		Matcher matcher = TERM.matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/**
	 * {@code /*:Invoice[namespace-uri()='...'][1]/cac:InvoiceLine[2]/cbc:ID[1]} becomes
	 * {@code Invoice / InvoiceLine[2] / ID}.
	 */
	static Optional<String> location(String xpath) {
		if (xpath == null || xpath.isBlank()) {
			return Optional.empty();
		}
		String path = Arrays.stream(xpath.replaceAll("\\[namespace-uri\\(\\)='[^']*'\\]", "").split("/"))
			.filter(step -> !step.isBlank())
			.map(PhiveFindings::step)
			.collect(Collectors.joining(" / "));
		return path.isEmpty() ? Optional.empty() : Optional.of(path);
	}

	private static String step(String step) {
		Matcher name = STEP.matcher(step);
		if (!name.matches()) {
			return step;
		}
		Matcher position = POSITION.matcher(step);
		boolean beyondFirst = position.find() && !position.group(1).equals("1");
		return name.group(1) + (beyondFirst ? "[" + position.group(1) + "]" : "");
	}

	private static Finding schema(Severity severity, String text, int line) {
		String raw = text.replaceFirst("^\\[SAX\\]\\s*", "").replaceFirst("^cvc-[\\w.-]+:\\s*", "");
		Matcher notUsed = NOT_USED.matcher(raw);
		if (notUsed.find()) {
			Message message = new Message("validation.profile.not-used", element(notUsed.group(1)));
			return new Finding("PROFIL", severity, Optional.empty(), Optional.empty(), message.text(Locale.FRENCH),
					message.text(Locale.ENGLISH));
		}
		Message message = schemaMessage(raw, line);
		return new Finding("XSD", severity, Optional.empty(), Optional.empty(), message.text(Locale.FRENCH),
				message.text(Locale.ENGLISH));
	}

	private static Message schemaMessage(String raw, int line) {
		Matcher matcher = UNEXPECTED.matcher(raw);
		if (matcher.find()) {
			return new Message("validation.xsd.unexpected", line, element(matcher.group(1)),
					elements(matcher.group(2)));
		}
		matcher = NOTHING_EXPECTED.matcher(raw);
		if (matcher.find()) {
			return new Message("validation.xsd.not-expected", line, element(matcher.group(1)));
		}
		matcher = INCOMPLETE.matcher(raw);
		if (matcher.find()) {
			return new Message("validation.xsd.incomplete", line, element(matcher.group(1)),
					elements(matcher.group(2)));
		}
		matcher = BAD_VALUE.matcher(raw);
		if (matcher.find()) {
			return new Message("validation.xsd.value", line, matcher.group(1), element(matcher.group(2)));
		}
		return new Message("validation.xsd.other", line, raw);
	}

	/** {@code {"urn:...":IssueDate}} or {@code cbc:IssueDate} to {@code IssueDate}. */
	private static String element(String name) {
		String bare = name.replaceAll("[{}]", "");
		return bare.substring(bare.lastIndexOf(':') + 1);
	}

	private static String elements(String list) {
		return Arrays.stream(list.split(","))
			.map(String::strip)
			.map(PhiveFindings::element)
			.collect(Collectors.joining(", "));
	}

}
