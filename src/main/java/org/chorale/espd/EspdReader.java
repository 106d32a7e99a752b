package org.chorale.espd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.chorale.shared.Refusal;

import static org.chorale.espd.Ubl.CAC;
import static org.chorale.espd.Ubl.CBC;

/**
 * Reads an ESPD request or response of ESPD-EDM 2.1.1, 3.x or 4.x, its version detected
 * from the document itself: {@code cbc:ProfileExecutionID} ({@code ESPD-EDMv4.1.0}) in
 * 3.x and 4.x, {@code cbc:VersionID} with the CEN-BII customization in 2.1.1.
 */
final class EspdReader {

	private static final Pattern PROFILE = Pattern.compile("ESPD-EDMv(\\d+\\.\\d+\\.\\d+)");

	/** The deepest nesting of groups read: the EDM's go six levels down. */
	static final int MAX_DEPTH = 20;

	private EspdReader() {
	}

	/**
	 * @throws Refusal when it is not XML, declares a DOCTYPE, is not an ESPD request or
	 * response, or is of a version Chorale does not read
	 */
	static EspdDocument read(byte[] xml) {
		Document document = Ubl.parse(xml);
		Element root = document.getDocumentElement();
		boolean request = Ubl.REQUEST.equals(root.getNamespaceURI())
				&& "QualificationApplicationRequest".equals(root.getLocalName());
		boolean response = Ubl.RESPONSE.equals(root.getNamespaceURI())
				&& "QualificationApplicationResponse".equals(root.getLocalName());
		if (!request && !response) {
			throw new Refusal("file", "espd.wrongRoot", root.getTagName());
		}
		String version = version(root);
		List<Criterion> criteria = Ubl.children(root, CAC, "TenderingCriterion")
			.stream()
			.map(EspdReader::criterion)
			.toList();
		return new EspdDocument(request, version, Ubl.text(root, "UUID"), Ubl.text(root, "ContractFolderID").orElse(""),
				Ubl.text(root, "ContractingParty", "Party", "PartyName", "Name"),
				Ubl.text(root, "ProcurementProject", "Name"), Ubl.text(root, "ProcurementProject", "Description"),
				criteria, response ? answers(root) : Map.of(),
				Ubl.text(root, "EconomicOperatorParty", "Party", "PartyName", "Name"));
	}

	private static String version(Element root) {
		Optional<String> profile = Ubl.text(root, "ProfileExecutionID");
		if (profile.isPresent()) {
			Matcher matcher = PROFILE.matcher(profile.get());
			if (matcher.matches() && (matcher.group(1).startsWith("3.") || matcher.group(1).startsWith("4."))) {
				return matcher.group(1);
			}
			throw new Refusal("file", "espd.unknownVersion", profile.get());
		}
		String version = Ubl.text(root, "VersionID").orElse("?");
		boolean cenBii = Ubl.text(root, "CustomizationID").map(c -> c.startsWith("urn:www.cenbii.eu")).orElse(false);
		if (cenBii && version.equals("2.1.1")) {
			return version;
		}
		throw new Refusal("file", "espd.unknownVersion", version);
	}

	private static Criterion criterion(Element element) {
		List<Criterion.Item> items = new ArrayList<>();
		List<Element> groups = Ubl.children(element, CAC, "TenderingCriterionPropertyGroup");
		for (int i = 0; i < groups.size(); i++) {
			group(groups.get(i), String.valueOf(i), 0, items);
		}
		return new Criterion(Ubl.text(element, "ID").orElse(""), Ubl.text(element, "CriterionTypeCode").orElse(""),
				Ubl.text(element, "Name").orElse(""), Ubl.text(element, "Description").orElse(""), items);
	}

	private static void group(Element group, String path, int depth, List<Criterion.Item> items) {
		if (depth > MAX_DEPTH) {
			throw new Refusal("file", "espd.tooDeep", MAX_DEPTH);
		}
		String condition = Ubl.text(group, "PropertyGroupTypeCode").orElse("ON*");
		List<Element> properties = Ubl.children(group, CAC, "TenderingCriterionProperty");
		for (int i = 0; i < properties.size(); i++) {
			Element property = properties.get(i);
			items.add(new Criterion.Item(Ubl.text(property, "ID").orElse(""), path + "/" + i, depth,
					Ubl.text(property, "TypeCode").orElse(""), Ubl.text(property, "ValueDataTypeCode").orElse("NONE"),
					Ubl.text(property, "Description").orElse(""), condition, expected(property)));
		}
		List<Element> subgroups = Ubl.children(group, CAC, "SubsidiaryTenderingCriterionPropertyGroup");
		for (int i = 0; i < subgroups.size(); i++) {
			group(subgroups.get(i), path + "/g" + i, depth + 1, items);
		}
	}

	private static String expected(Element property) {
		for (String name : List.of("ExpectedAmount", "ExpectedCode", "ExpectedDescription", "ExpectedID",
				"ExpectedIndicator", "ExpectedValueNumeric")) {
			Optional<Element> value = Ubl.child(property, CBC, name);
			if (value.isPresent()) {
				String currency = value.get().getAttribute("currencyID");
				return value.get().getTextContent().strip() + (currency.isEmpty() ? "" : " " + currency);
			}
		}
		return Ubl.child(property, CAC, "ApplicablePeriod")
			.map(period -> Ubl.text(period, "StartDate").orElse("") + "/" + Ubl.text(period, "EndDate").orElse(""))
			.orElse(null);
	}

	private static Map<String, String> answers(Element root) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Element response : Ubl.children(root, CAC, "TenderingCriterionResponse")) {
			Optional<String> question = Ubl.text(response, "ValidatedCriterionPropertyID");
			Optional<String> value = Ubl.child(response, CAC, "ResponseValue")
				.flatMap(EspdReader::value)
				.or(() -> Ubl.child(response, CAC, "ApplicablePeriod")
					.map(period -> Answers.period(Ubl.text(period, "StartDate").orElse(""),
							Ubl.text(period, "EndDate").orElse(""))));
			if (question.isPresent() && value.isPresent()) {
				answers.putIfAbsent(question.get(), value.get());
			}
		}
		return answers;
	}

	private static Optional<String> value(Element value) {
		Optional<Element> amount = Ubl.child(value, CBC, "ResponseAmount");
		if (amount.isPresent()) {
			return Optional
				.of(Answers.amount(amount.get().getTextContent().strip(), amount.get().getAttribute("currencyID")));
		}
		for (String name : List.of("ResponseIndicator", "Description", "ResponseDate", "ResponseQuantity",
				"ResponseNumeric", "ResponseCode", "ResponseID", "ResponseURI")) {
			Optional<String> text = Ubl.text(value, name);
			if (text.isPresent()) {
				return text;
			}
		}
		return Optional.empty();
	}

}
