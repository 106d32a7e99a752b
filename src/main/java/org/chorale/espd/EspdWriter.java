package org.chorale.espd;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.chorale.espd.Ubl.CAC;
import static org.chorale.espd.Ubl.CBC;

/**
 * Writes an ESPD response in ESPD-EDM 4.1.0: Part I and the criteria copied as they are
 * from the buyer's request (its requirements kept word for word), Part II from the
 * company profile, and one {@code cac:TenderingCriterionResponse} per answered question.
 */
final class EspdWriter {

	static final String VERSION = "4.1.0";

	private EspdWriter() {
	}

	/**
	 * @param request the buyer's request (or the criteria of a generic response)
	 * @param document its identity: ID, new UUID, the previous version's UUID
	 * @param criteria those of the request the response answers, copied into it
	 */
	static byte[] response(Document request, Identity document, CompanyProfile profile, List<Criterion> criteria,
			Map<String, String> answers) {
		Element from = request.getDocumentElement();
		Document out = Ubl.parse("<QualificationApplicationResponse xmlns=\"%s\" xmlns:cac=\"%s\" xmlns:cbc=\"%s\"/>"
			.formatted(Ubl.RESPONSE, CAC, CBC)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Element root = out.getDocumentElement();
		header(root, document, Ubl.text(from, "ContractFolderID").orElse(document.id()));
		copy(from, "ProcedureCode", CBC, root);
		if (!copy(from, "ContractingParty", CAC, root)) {
			Element party = element(root, CAC, "ContractingParty");
			element(party, CAC, "Party");
		}
		operator(root, profile);
		copy(from, "ProcurementProject", CAC, root);
		copy(from, "ProcurementProjectLot", CAC, root);
		java.util.Set<String> answered = criteria.stream()
			.map(Criterion::id)
			.collect(java.util.stream.Collectors.toSet());
		for (Element criterion : Ubl.children(from, CAC, "TenderingCriterion")) {
			if (answered.contains(Ubl.text(criterion, "ID").orElse(""))) {
				root.appendChild(root.getOwnerDocument().importNode(criterion, true));
			}
		}
		for (Criterion criterion : criteria) {
			for (Criterion.Item question : criterion.questions()) {
				String answer = answers.get(question.id());
				if (answer != null && !answer.isBlank()) {
					response(root, question, answer);
				}
			}
		}
		return Ubl.write(out);
	}

	/**
	 * A buyer's request in ESPD-EDM 4.1.0: the procedure, the buyer and the criteria it
	 * chose, copied from the full 4.1.0 table with their requirements.
	 * @param criteria the full table ({@code espd/criteria-4.1.0.xml})
	 */
	static byte[] request(Document criteria, Identity document, Buyer buyer, BuyerRequest request) {
		Document out = Ubl.parse("<QualificationApplicationRequest xmlns=\"%s\" xmlns:cac=\"%s\" xmlns:cbc=\"%s\"/>"
			.formatted(Ubl.REQUEST, CAC, CBC)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Element root = out.getDocumentElement();
		header(root, document, request.reference());
		authority(text(root, "ProcedureCode", request.procedureCode()), "procurement-procedure-type");
		Element party = element(element(root, CAC, "ContractingParty"), CAC, "Party");
		identify(party, buyer.siret(), buyer.name());
		address(party, null, buyer.city(), buyer.postalCode(), "FRA");
		Element project = element(root, CAC, "ProcurementProject");
		text(project, "Name", request.title());
		optional(project, "Description", request.description());
		scheme(text(element(root, CAC, "ProcurementProjectLot"), "ID", "LOT-0000"));
		for (Element criterion : Ubl.children(criteria.getDocumentElement(), CAC, "TenderingCriterion")) {
			if (request.criteria().contains(Ubl.text(criterion, "ID").orElse(""))) {
				root.appendChild(out.importNode(criterion, true));
			}
		}
		return Ubl.write(out);
	}

	private static void header(Element root, Identity document, String contractFolderId) {
		text(root, "UBLVersionID", "2.3").setAttribute("schemeAgencyID", "OASIS-UBL-TC");
		scheme(text(root, "ProfileExecutionID", "ESPD-EDMv" + VERSION));
		scheme(text(root, "ID", document.id()));
		text(root, "CopyIndicator", "false");
		Element uuid = text(root, "UUID", document.uuid());
		uuid.setAttribute("schemeID", "ISO/IEC 9834-8:2008 - 4UUID");
		scheme(uuid);
		text(root, "ContractFolderID", contractFolderId);
		text(root, "IssueDate", document.at().toLocalDate().toString());
		text(root, "IssueTime", document.at().toOffsetTime().format(DateTimeFormatter.ofPattern("HH:mm:ssXXX")));
		scheme(text(root, "VersionID", VERSION));
		document.previous().ifPresent(previous -> scheme(text(root, "PreviousVersionID", previous)));
	}

	private static void operator(Element root, CompanyProfile profile) {
		Element operator = element(root, CAC, "EconomicOperatorParty");
		Element role = element(operator, CAC, "EconomicOperatorRole");
		authority(text(role, "RoleCode", "sole-tenderer"), "eo-role-type");
		Element party = element(operator, CAC, "Party");
		optional(party, "WebsiteURI", profile.website());
		if (profile.size() != null) {
			authority(text(party, "IndustryClassificationCode", profile.size()), "economic-operator-size");
		}
		identify(party, profile.identifier(), null);
		if (profile.vatNumber() != null) {
			text(element(party, CAC, "PartyIdentification"), "ID", profile.vatNumber()).setAttribute("schemeAgencyID",
					"VIES");
		}
		text(element(party, CAC, "PartyName"), "Name", profile.name());
		address(party, profile.street(), profile.city(), profile.postalCode(), profile.country());
		if (profile.contactName() != null || profile.contactEmail() != null || profile.contactPhone() != null) {
			Element contact = element(party, CAC, "Contact");
			optional(contact, "Name", profile.contactName());
			optional(contact, "Telephone", profile.contactPhone());
			optional(contact, "ElectronicMail", profile.contactEmail());
		}
		for (CompanyProfile.Representative representative : profile.representatives()) {
			Element person = element(element(element(party, CAC, "PowerOfAttorney"), CAC, "AgentParty"), CAC, "Person");
			text(person, "FirstName", representative.firstName());
			text(person, "FamilyName", representative.familyName());
			optional(person, "JobTitle", representative.position());
		}
	}

	private static void response(Element root, Criterion.Item question, String answer) {
		Element response = element(root, CAC, "TenderingCriterionResponse");
		scheme(text(response, "ID", question.id() + "/R1"));
		scheme(text(response, "ValidatedCriterionPropertyID", question.id()));
		if ("PERIOD".equals(question.dataType())) {
			String[] period = Answers.periodParts(answer);
			Element applicable = element(response, CAC, "ApplicablePeriod");
			optional(applicable, "StartDate", period[0]);
			optional(applicable, "EndDate", period[1]);
			return;
		}
		Element value = element(response, CAC, "ResponseValue");
		scheme(text(value, "ID", question.id() + "/R1/RV"));
		switch (question.dataType()) {
			case "INDICATOR" -> text(value, "ResponseIndicator", answer);
			case "DATE" -> text(value, "ResponseDate", answer);
			case "AMOUNT" -> {
				String[] amount = Answers.amountParts(answer);
				text(value, "ResponseAmount", amount[0]).setAttribute("currencyID", amount[1]);
			}
			case "QUANTITY", "QUANTITY_INTEGER", "QUANTITY_YEAR" -> text(value, "ResponseQuantity", answer);
			case "PERCENTAGE" -> text(value, "ResponseNumeric", answer);
			case "URL" -> text(value, "ResponseURI", answer);
			case "CODE", "CODE_COUNTRY" -> text(value, "ResponseCode", answer);
			case "IDENTIFIER", "EVIDENCE_IDENTIFIER", "ECONOMIC_OPERATOR_IDENTIFIER", "QUAL_IDENTIFIER",
					"LOT_IDENTIFIER" ->
				text(value, "ResponseID", answer);
			default -> text(value, "Description", answer);
		}
	}

	/** The party's identifier (SIRET), and its name when given. */
	private static void identify(Element party, String identifier, String name) {
		text(element(party, CAC, "PartyIdentification"), "ID", identifier).setAttribute("schemeAgencyID", "FR-SIRENE");
		if (name != null) {
			text(element(party, CAC, "PartyName"), "Name", name);
		}
	}

	private static void address(Element party, String street, String city, String postalCode, String country) {
		Element address = element(party, CAC, "PostalAddress");
		optional(address, "StreetName", street);
		optional(address, "CityName", city);
		optional(address, "PostalZone", postalCode);
		authority(text(element(address, CAC, "Country"), "IdentificationCode", country), "country");
	}

	/** A code of an EU Vocabularies authority list. */
	private static void authority(Element code, String list) {
		code.setAttribute("listID", "http://publications.europa.eu/resource/authority/" + list);
		code.setAttribute("listAgencyID", "OP");
	}

	/** Copies the request's children so named, in order; whether there were any. */
	private static boolean copy(Element from, String name, String namespace, Element to) {
		List<Element> found = Ubl.children(from, namespace, name);
		for (Element element : found) {
			Node copied = to.getOwnerDocument().importNode(element, true);
			to.appendChild(copied);
		}
		return !found.isEmpty();
	}

	private static Element element(Element parent, String namespace, String name) {
		Element element = parent.getOwnerDocument()
			.createElementNS(namespace, (namespace.equals(CAC) ? "cac:" : "cbc:") + name);
		parent.appendChild(element);
		return element;
	}

	private static Element text(Element parent, String name, String text) {
		Element element = element(parent, CBC, name);
		element.setTextContent(text);
		return element;
	}

	private static void optional(Element parent, String name, String text) {
		if (text != null && !text.isBlank()) {
			text(parent, name, text);
		}
	}

	private static Element scheme(Element element) {
		element.setAttribute("schemeAgencyID", "OP");
		element.setAttribute("schemeVersionID", VERSION);
		return element;
	}

	/** The buyer of a request, from its structure. */
	record Buyer(String name, String siret, String postalCode, String city) {

	}

	/**
	 * A document's identity.
	 *
	 * @param id the document ID, which stays across versions
	 * @param uuid this version's UUID, new each time
	 * @param previous the previous version's UUID
	 */
	record Identity(String id, String uuid, Optional<String> previous, OffsetDateTime at) {

	}

}
