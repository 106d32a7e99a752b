package org.chorale.espd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chorale.shared.csv.CsvReader;

import org.springframework.stereotype.Component;

/**
 * What Chorale knows of the ESPD-EDM criteria beside the documents: each one's part of
 * the form and its French name and description, and the French wording of the questions,
 * so that a response reads in French or in English whatever language the buyer's request
 * was written in. The 4.1.0 criteria themselves ({@link #criteria()}) serve generic
 * responses.
 */
@Component
class CriteriaCatalogue {

	/**
	 * The two selection criteria of a "DUME simplifié": general turnover and average
	 * manpower.
	 */
	static final List<String> SIMPLIFIED_SELECTION = List.of("499efc97-2ac1-4af2-9e84-323c2ca67747",
			"1f49b3f0-d50f-43f6-8b30-4bafab108b9b");

	private final Map<String, Known> byId = new HashMap<>();

	private final Map<String, String> questionsFr;

	private final byte[] criteria;

	CriteriaCatalogue() {
		this.questionsFr = tsv("/espd/questions-fr.tsv");
		Map<String, String> descriptionsFr = tsv("/espd/criteria-fr.tsv");
		try (InputStream in = resource("/espd/criteria-4.1.0.csv")) {
			CsvReader csv = new CsvReader(in, "criteria-4.1.0.csv");
			csv.header();
			while (csv.next()) {
				String id = csv.field(3);
				Known known = new Known(csv.field(1), csv.field(2), csv.field(8), descriptionsFr.get(id));
				this.byId.put(id, known);
				if (!csv.field(5).isBlank()) {
					this.byId.put(csv.field(5), known);
				}
			}
			this.criteria = withoutExamples(resource("/espd/criteria-4.1.0.xml").readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The EDM's example request without its example data: no buyer, procedure or lot, and
	 * no requirement values ("ISO 9001", "[Register Name]"...) that a generic response or
	 * a buyer's request would otherwise present as real. Lot identifiers and the yes/no
	 * controls stay: they are structure, not data.
	 */
	static byte[] withoutExamples(byte[] xml) {
		org.w3c.dom.Document document = Ubl.parse(xml);
		org.w3c.dom.Element root = document.getDocumentElement();
		for (String name : List.of("ContractingParty", "ProcurementProject", "ProcurementProjectLot")) {
			Ubl.children(root, Ubl.CAC, name).forEach(root::removeChild);
		}
		for (String name : List.of("ContractFolderID", "ProcedureCode")) {
			Ubl.children(root, Ubl.CBC, name).forEach(root::removeChild);
		}
		org.w3c.dom.NodeList properties = document.getElementsByTagNameNS(Ubl.CAC, "TenderingCriterionProperty");
		for (int i = 0; i < properties.getLength(); i++) {
			org.w3c.dom.Element property = (org.w3c.dom.Element) properties.item(i);
			String type = Ubl.text(property, "ValueDataTypeCode").orElse("");
			if (!Ubl.text(property, "TypeCode").orElse("").equals("REQUIREMENT") || type.equals("LOT_IDENTIFIER")
					|| type.equals("CODE_BOOLEAN")) {
				continue;
			}
			for (org.w3c.dom.Node child = property.getFirstChild(); child != null;) {
				org.w3c.dom.Node next = child.getNextSibling();
				if (child.getLocalName() != null && (child.getLocalName().startsWith("Expected")
						|| child.getLocalName().equals("ApplicablePeriod"))) {
					property.removeChild(child);
				}
				child = next;
			}
		}
		return Ubl.write(document);
	}

	/** The full ESPD-EDM 4.1.0 request: every criterion, for a generic response. */
	byte[] criteria() {
		return this.criteria.clone();
	}

	/**
	 * The part of the form a criterion belongs to: II, III, IV or V; "other" for a
	 * criterion Chorale does not know.
	 */
	String part(Criterion criterion) {
		return Optional.ofNullable(this.byId.get(criterion.id()))
			.map(known -> known.formPart().split("[ .]")[0])
			.orElse("other");
	}

	boolean exclusion(Criterion criterion) {
		return Optional.ofNullable(this.byId.get(criterion.id())).map(k -> k.kind().equals("exclusion")).orElse(false);
	}

	String name(Criterion criterion, Locale locale) {
		return french(locale)
				? Optional.ofNullable(this.byId.get(criterion.id())).map(Known::nameFr).orElse(criterion.name())
				: criterion.name();
	}

	String description(Criterion criterion, Locale locale) {
		return french(locale) ? Optional.ofNullable(this.byId.get(criterion.id()))
			.map(Known::descriptionFr)
			.orElse(criterion.description()) : criterion.description();
	}

	String question(String english, Locale locale) {
		return french(locale) ? this.questionsFr.getOrDefault(english, english) : english;
	}

	private static boolean french(Locale locale) {
		return "fr".equals(locale.getLanguage());
	}

	private static Map<String, String> tsv(String resource) {
		Map<String, String> lines = new HashMap<>();
		try (InputStream in = resource(resource)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				int tab = line.indexOf('\t');
				if (tab > 0) {
					lines.put(line.substring(0, tab), line.substring(tab + 1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	private static InputStream resource(String name) {
		return CriteriaCatalogue.class.getResourceAsStream(name);
	}

	private record Known(String kind, String formPart, String nameFr, String descriptionFr) {

	}

}
