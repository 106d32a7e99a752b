package org.chorale.espd;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chorale.account.AccountId;
import org.chorale.espd.EspdResponses.Export;
import org.chorale.espd.EspdResponses.SavedAnswer;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.Refusal;
import org.chorale.shared.Siret;
import org.chorale.sirene.Establishment;
import org.chorale.sirene.PostalAddress;
import org.chorale.sirene.RegisterUnavailable;
import org.chorale.sirene.SireneManagement;
import org.chorale.structure.AreaAccess;
import org.chorale.structure.StructureId;
import org.chorale.structure.StructureKind;
import org.chorale.structure.StructureManagement;
import org.chorale.structure.StructureView;
import org.chorale.structure.WorkArea;
import org.chorale.system.PdfPages;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work area "DUME" of a structure: its company profile (Part II), its responses to
 * imported requests and its generic ones, their answers, and their export as ESPD-EDM
 * 4.1.0 XML, each export a new version. Every method first checks the member's right in
 * the area.
 */
@Service
@Transactional
public class EspdManagement {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/**
	 * The largest ESPD imported: the full 4.1.0 request with every criterion is 0.7 MB.
	 */
	static final int MAX_DOCUMENT = 10_000_000;

	private final EspdResponses responses;

	private final StructureManagement structures;

	private final CriteriaCatalogue catalogue;

	private final Clock clock;

	private final EspdDocument generic;

	private final ITemplateEngine templates;

	private final BuyerRequests buyerRequests;

	private final SireneManagement sirene;

	EspdManagement(EspdResponses responses, StructureManagement structures, CriteriaCatalogue catalogue, Clock clock,
			ITemplateEngine templates, BuyerRequests buyerRequests, SireneManagement sirene) {
		this.sirene = sirene;
		this.templates = templates;
		this.buyerRequests = buyerRequests;
		this.responses = responses;
		this.structures = structures;
		this.catalogue = catalogue;
		this.clock = clock;
		this.generic = EspdReader.read(catalogue.criteria());
	}

	/**
	 * The profile saved, or one pre-filled from the structure (itself from the SIRENE
	 * register).
	 */
	@Transactional(readOnly = true)
	CompanyProfile profile(AccountId member, StructureId id) {
		AreaAccess area = area(member, id, false);
		return this.responses.profile(id.value()).orElseGet(() -> prefilled(member, area));
	}

	/**
	 * @throws Refusal on the field at fault
	 */
	void saveProfile(AccountId member, StructureId id, CompanyProfile profile) {
		area(member, id, true);
		this.responses.saveProfile(id.value(), profile.checked(), this.clock.instant());
	}

	/** The area's page: the responses, and a public structure's requests. */
	@Transactional(readOnly = true)
	Desk desk(AccountId member, StructureId id) {
		AreaAccess area = area(member, id, false);
		boolean buyer = this.structures.structureFor(member, id).kind() == StructureKind.PUBLIQUE;
		return new Desk(this.responses.ofStructure(id.value()),
				buyer ? this.buyerRequests.ofStructure(id.value()) : List.of(), buyer, area.modify());
	}

	/**
	 * A response to a buyer's request (2.1.1, 3.x or 4.x), or a response exported before,
	 * to complete; pre-filled with the structure's earlier answers where the criterion
	 * and the question's place in it match.
	 * @return its id
	 * @throws Refusal when the file is larger than 10 MB, not an ESPD, hostile, or of an
	 * unknown version; nothing is saved then
	 */
	public long importDocument(AccountId member, StructureId id, byte[] xml) {
		area(member, id, true);
		if (xml.length > MAX_DOCUMENT) {
			throw new Refusal("file", "espd.tooLarge", MAX_DOCUMENT / 1_000_000);
		}
		EspdDocument read = EspdReader.read(xml);
		if (read.criteria().isEmpty()) {
			throw new Refusal("file", "espd.noCriteria");
		}
		return this.responses.insert(EspdResponse.to(id.value(), xml, read, Criterion.questions(read.criteria()),
				prefill(id, read.criteria()), this.clock.instant()));
	}

	/** A reusable response to no request, or a "DUME simplifié". */
	public long createGeneric(AccountId member, StructureId id, boolean simplified, Locale locale) {
		area(member, id, true);
		String title = simplified ? text(locale, "DUME simplifié", "Simplified ESPD")
				: text(locale, "DUME générique", "Generic ESPD");
		return this.responses
			.insert(EspdResponse.generic(id.value(), title + " — " + LocalDate.now(this.clock.withZone(PARIS)),
					simplified, prefill(id, genericCriteria(simplified)), this.clock.instant()));
	}

	/** The response with its criteria by part of the form, in the reader's language. */
	@Transactional(readOnly = true)
	ResponsePage page(AccountId member, StructureId id, long response, Locale locale) {
		AreaAccess area = area(member, id, false);
		EspdResponse found = find(id, response);
		List<Criterion> criteria = criteria(found);
		Map<String, List<CriterionView>> parts = new LinkedHashMap<>();
		for (String part : List.of("II", "III", "IV", "V", "other")) {
			parts.put(part, new ArrayList<>());
		}
		for (Criterion criterion : criteria) {
			parts.get(this.catalogue.part(criterion)).add(view(criterion, found.answers(), locale));
		}
		parts.values().removeIf(List::isEmpty);
		return new ResponsePage(area, found, parts, profile(member, id), this.responses.exports(response),
				found.place().orElse(""), found.declaredOn().map(LocalDate::toString).orElse(""));
	}

	/**
	 * Records the answers typed and Part VI, and keeps them for the next responses.
	 * @throws Refusal naming the question whose value does not fit its type
	 */
	void answer(AccountId member, StructureId id, long response, Map<String, String> typed, String place,
			String declaredOn, Integer readVersion) {
		area(member, id, true);
		EspdResponse found = find(id, response);
		if (readVersion != null && readVersion != found.version()) {
			throw Refusal.of("espd.changed");
		}
		List<Criterion> criteria = criteria(found);
		found.answer(Criterion.questions(criteria), typed, place, declaredOn, this.clock.instant());
		try {
			this.responses.update(found);
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			throw Refusal.of("espd.changed");
		}
		List<SavedAnswer> saved = new ArrayList<>();
		for (Criterion criterion : criteria) {
			for (Criterion.Item question : criterion.questions()) {
				String value = found.answers().get(question.id());
				if (value != null) {
					saved.add(new SavedAnswer(criterion.id(), question.path(), question.dataType(), value));
				}
			}
		}
		this.responses.saveAnswers(id.value(), saved);
	}

	/**
	 * The response as ESPD-EDM 4.1.0 XML, a new version: a new UUID, the previous
	 * version's in {@code cbc:PreviousVersionID}; checked against the schemas.
	 * @throws Refusal when Part VI is not filled in, or nothing is answered
	 */
	public Exported export(AccountId member, StructureId id, long response) {
		AreaAccess area = area(member, id, true);
		this.responses.lock(id.value(), response);
		EspdResponse found = find(id, response);
		found.requireExportable();
		List<Export> before = this.responses.exports(response);
		UUID uuid = UUID.randomUUID();
		Instant now = this.clock.instant();
		byte[] xml = EspdWriter.response(Ubl.parse(found.source().orElseGet(this.catalogue::criteria)),
				new EspdWriter.Identity("DUME-CHORALE-" + response, uuid.toString(),
						before.stream().findFirst().map(e -> e.uuid().toString()),
						now.atZone(PARIS).toOffsetDateTime()),
				this.responses.profile(id.value()).orElseGet(() -> prefilled(member, area)), criteria(found),
				found.answers());
		valid(xml, EspdSchemas.responseProblems(xml), "ESPD response " + response);
		int rank = before.isEmpty() ? 1 : before.get(0).rank() + 1;
		this.responses.addExport(response, rank, uuid, xml, now);
		return new Exported("DUME-" + response + "-v" + rank + ".xml", xml);
	}

	/** The response printed, Parts I to VI, in the reader's language. */
	@Transactional(readOnly = true)
	public Exported pdf(AccountId member, StructureId id, long response, Locale locale) {
		ResponsePage page = page(member, id, response, locale);
		String html = this.templates.process("espd/pdf", new Context(locale, Map.of("page", page)));
		return new Exported("DUME-" + response + ".pdf", PdfPages.render(html));
	}

	/**
	 * The criteria a public structure chooses from, by part of the form, in the reader's
	 * language.
	 */
	@Transactional(readOnly = true)
	Map<String, List<CriterionView>> criteriaToChoose(AccountId member, StructureId id, Locale locale) {
		buyer(member, id);
		Map<String, List<CriterionView>> parts = new LinkedHashMap<>();
		for (Criterion criterion : this.generic.criteria()) {
			parts.computeIfAbsent(this.catalogue.part(criterion), p -> new ArrayList<>())
				.add(new CriterionView(criterion.id(), this.catalogue.name(criterion, locale), "", List.of()));
		}
		return parts;
	}

	/**
	 * A public structure's request for a procedure, with the criteria it chose.
	 * @throws Refusal on the field at fault
	 */
	public long createRequest(AccountId member, StructureId id, BuyerRequest request) {
		buyer(member, id);
		return this.buyerRequests.insert(id.value(),
				request.checked(this.generic.criteria().stream().map(Criterion::id).toList()), this.clock.instant());
	}

	/**
	 * The request as ESPD-EDM 4.1.0 XML, checked against the schemas; a new UUID each
	 * time.
	 */
	@Transactional(readOnly = true)
	public Exported requestXml(AccountId member, StructureId id, long request) {
		StructureView buyer = buyer(member, id);
		BuyerRequest found = this.buyerRequests.find(id.value(), request)
			.orElseThrow(() -> new AccessDeniedException("No ESPD request " + request + " in structure " + id))
			.request();
		byte[] xml = EspdWriter.request(Ubl.parse(this.catalogue.criteria()),
				new EspdWriter.Identity("DUME-A-CHORALE-" + request, UUID.randomUUID().toString(), Optional.empty(),
						this.clock.instant().atZone(PARIS).toOffsetDateTime()),
				new EspdWriter.Buyer(buyer.name(), buyer.identifier().value(),
						buyer.address().map(a -> a.postalCode()).orElse(null),
						buyer.address().map(a -> a.city()).orElse(null)),
				found);
		return new Exported("DUME-A-" + request + ".xml",
				valid(xml, EspdSchemas.requestProblems(xml), "ESPD request " + request));
	}

	/** The public structure, for a member who may modify its DUME area. */
	private StructureView buyer(AccountId member, StructureId id) {
		area(member, id, true);
		StructureView structure = this.structures.structureFor(member, id);
		if (structure.kind() != StructureKind.PUBLIQUE) {
			throw new AccessDeniedException("Only a public structure drafts ESPD requests");
		}
		return structure;
	}

	private List<Criterion> criteria(EspdResponse response) {
		return response.source()
			.map(xml -> EspdReader.read(xml).criteria())
			.orElseGet(() -> genericCriteria(response.simplified()));
	}

	private List<Criterion> genericCriteria(boolean simplified) {
		return this.generic.criteria()
			.stream()
			.filter(c -> !simplified || this.catalogue.exclusion(c)
					|| CriteriaCatalogue.SIMPLIFIED_SELECTION.contains(c.id()))
			.toList();
	}

	/**
	 * The structure's earlier answers where they fit; an exclusion ground not answered
	 * before starts at "no", as the economic operator declares most often.
	 */
	private Map<String, String> prefill(StructureId id, List<Criterion> criteria) {
		Map<String, SavedAnswer> saved = new HashMap<>();
		this.responses.savedAnswers(id.value()).forEach(a -> saved.put(a.criterion() + " " + a.path(), a));
		Map<String, String> answers = new LinkedHashMap<>();
		for (Criterion criterion : criteria) {
			for (Criterion.Item question : criterion.questions()) {
				SavedAnswer before = saved.get(criterion.id() + " " + question.path());
				if (before != null && before.dataType().equals(question.dataType())) {
					answers.put(question.id(), before.value());
				}
			}
			if (this.catalogue.exclusion(criterion)) {
				criterion.questions()
					.stream()
					.filter(q -> q.dataType().equals("INDICATOR"))
					.findFirst()
					.ifPresent(q -> answers.putIfAbsent(q.id(), "false"));
			}
		}
		return answers;
	}

	private CriterionView view(Criterion criterion, Map<String, String> answers, Locale locale) {
		return new CriterionView(criterion.id(), this.catalogue.name(criterion, locale),
				this.catalogue.description(criterion, locale),
				criterion.items()
					.stream()
					.filter(item -> !item.kind().equals("CAPTION") || !item.description().isBlank())
					.map(item -> new ItemView(item, this.catalogue.question(item.description(), locale),
							Optional.ofNullable(answers.get(item.id())).orElse("")))
					.toList());
	}

	/**
	 * Part II as the SIRENE register gives the structure's SIRET (its name, and its
	 * address unless INSEE masks it), else as the structure's own record says.
	 */
	private CompanyProfile prefilled(AccountId member, AreaAccess area) {
		StructureView structure = this.structures.structureFor(member, area.id());
		Optional<Establishment> registered = Optional.empty();
		if (structure.identifier().type() == IdentifierType.SIRET) {
			try {
				registered = this.sirene.find(new Siret(structure.identifier().value()));
			}
			catch (RegisterUnavailable ex) {
				// the structure's own record then
			}
		}
		Optional<PostalAddress> address = registered.flatMap(Establishment::address);
		return new CompanyProfile(registered.flatMap(Establishment::legalName).orElse(structure.name()),
				structure.identifier().value(), null,
				address.map(PostalAddress::street).or(() -> structure.address().map(a -> a.line())).orElse(null),
				address.map(PostalAddress::postalCode)
					.or(() -> structure.address().map(a -> a.postalCode()))
					.orElse(null),
				address.map(PostalAddress::city).or(() -> structure.address().map(a -> a.city())).orElse(null), "FRA",
				null, null, null, null, null, List.of());
	}

	private EspdResponse find(StructureId id, long response) {
		return this.responses.find(id.value(), response)
			.orElseThrow(() -> new AccessDeniedException("No ESPD response " + response + " in structure " + id));
	}

	private AreaAccess area(AccountId member, StructureId id, boolean modify) {
		AreaAccess area = this.structures.access(member, id, WorkArea.DUME);
		if (modify && !area.modify()) {
			throw new AccessDeniedException("Consultation only in the DUME area of structure " + id);
		}
		return area;
	}

	/**
	 * What Chorale writes validates: a problem the schemas find is Chorale's own bug, not
	 * the member's, and nothing is given.
	 */
	private static byte[] valid(byte[] xml, List<String> problems, String what) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException(what + " does not validate: " + problems);
		}
		return xml;
	}

	private static String text(Locale locale, String french, String english) {
		return "fr".equals(locale.getLanguage()) ? french : english;
	}

	/**
	 * The area's page: the structure's responses, its requests if it is a public buyer.
	 */
	record Desk(List<EspdResponse> responses, List<BuyerRequests.Stored> requests, boolean buyer, boolean modify) {

	}

	/** An exported file, with the name it downloads as. */
	public record Exported(String fileName, byte[] content) {

	}

	/**
	 * A response's page: the area, the response, its criteria by part, Part II and the
	 * versions.
	 */
	record ResponsePage(AreaAccess area, EspdResponse response, Map<String, List<CriterionView>> parts,
			CompanyProfile profile, List<Export> exports, String place, String declaredOn) {

		/** The page as the member typed it, refused and not saved. */
		ResponsePage typed(Map<String, String> typed, String place, String declaredOn) {
			Map<String, List<CriterionView>> shown = new LinkedHashMap<>();
			this.parts.forEach((part, criteria) -> shown.put(part,
					criteria.stream()
						.map(c -> new CriterionView(c.id(), c.name(), c.description(), c.items()
							.stream()
							.map(i -> new ItemView(i.item(), i.label(), typed.getOrDefault(i.item().id(), i.value())))
							.toList()))
						.toList()));
			return new ResponsePage(this.area, this.response, shown, this.profile, this.exports, place, declaredOn);
		}

	}

	/** A criterion as the form shows it, in the reader's language. */
	record CriterionView(String id, String name, String description, List<ItemView> items) {

		/** Whether one of its yes-or-no questions is answered yes: shown open. */
		public boolean declared() {
			return this.items.stream()
				.anyMatch(i -> i.item().dataType().equals("INDICATOR") && i.value().equals("true"));
		}

	}

	/** A question, requirement or caption, with its label and its answer so far. */
	record ItemView(Criterion.Item item, String label, String value) {

		public String first() {
			return switch (this.item.dataType()) {
				case "AMOUNT" -> this.value.isEmpty() ? "" : Answers.amountParts(this.value)[0];
				case "PERIOD" -> Answers.periodParts(this.value)[0];
				default -> this.value;
			};
		}

		public String second() {
			return switch (this.item.dataType()) {
				case "AMOUNT" -> this.value.isEmpty() ? "EUR" : Answers.amountParts(this.value)[1];
				case "PERIOD" -> Answers.periodParts(this.value)[1];
				default -> "";
			};
		}

	}

}
