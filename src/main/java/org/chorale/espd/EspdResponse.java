package org.chorale.espd;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chorale.shared.Refusal;
import org.chorale.shared.Text;

/**
 * A structure's ESPD response: to a buyer's request it imported (kept as imported, whose
 * criteria and requirements it answers), or generic; the answers, and the concluding
 * statement of Part VI. It owns the rules of an answer: each value fits its question's
 * type.
 */
class EspdResponse {

	static final int ANSWER_MAX = 4000;

	private final Long id;

	private final long structureId;

	private final String title;

	private final Optional<byte[]> source;

	private final String sourceVersion;

	private final String contractFolderId;

	private final Optional<String> buyerName;

	private final boolean simplified;

	private Map<String, String> answers;

	private Optional<String> place;

	private Optional<LocalDate> declaredOn;

	private final Instant createdAt;

	private Instant updatedAt;

	private final int version;

	EspdResponse(Long id, long structureId, String title, Optional<byte[]> source, String sourceVersion,
			String contractFolderId, Optional<String> buyerName, boolean simplified, Map<String, String> answers,
			Optional<String> place, Optional<LocalDate> declaredOn, Instant createdAt, Instant updatedAt, int version) {
		this.id = id;
		this.structureId = structureId;
		this.title = title;
		this.source = source;
		this.sourceVersion = sourceVersion;
		this.contractFolderId = contractFolderId;
		this.buyerName = buyerName;
		this.simplified = simplified;
		this.answers = new LinkedHashMap<>(answers);
		this.place = place;
		this.declaredOn = declaredOn;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * A response to this request (or a response imported to be completed), pre-filled
	 * with these answers.
	 */
	static EspdResponse to(long structureId, byte[] xml, EspdDocument read, List<Criterion.Item> questions,
			Map<String, String> prefilled, Instant at) {
		String title = read.procedureTitle()
			.or(read::procedureDescription)
			.or(read::buyerName)
			.or(() -> Optional.of(read.contractFolderId()).filter(id -> !id.isBlank()))
			.map(t -> (t.length() > 200) ? t.substring(0, 200) : t)
			.orElse("DUME " + at.toString().substring(0, 10));
		Map<String, String> answers = new LinkedHashMap<>(prefilled);
		for (Criterion.Item question : questions) {
			String value = read.answers().get(question.id());
			if (value != null) {
				try {
					answers.put(question.id(), checked(question, value.strip()));
				}
				catch (Refusal ex) {
					// an answer of the document that does not fit its question is left to
					// answer again
				}
			}
		}
		return new EspdResponse(null, structureId, title, Optional.of(xml), read.version(), read.contractFolderId(),
				read.buyerName(), false, answers, Optional.empty(), Optional.empty(), at, at, 0);
	}

	/** A reusable response to no request in particular, or a "DUME simplifié". */
	static EspdResponse generic(long structureId, String title, boolean simplified, Map<String, String> prefilled,
			Instant at) {
		return new EspdResponse(null, structureId, title, Optional.empty(), EspdWriter.VERSION, "", Optional.empty(),
				simplified, prefilled, Optional.empty(), Optional.empty(), at, at, 0);
	}

	/**
	 * Records the answers to these questions (an empty value clears one) and Part VI's
	 * place and date ({@code null}: not on the form, kept as they were).
	 * @throws Refusal naming the question ({@code answers[ID]}) whose value does not fit
	 * its type, or the place
	 */
	void answer(List<Criterion.Item> questions, Map<String, String> typed, String place, String declaredOn,
			Instant at) {
		Map<String, String> next = new LinkedHashMap<>(this.answers);
		for (Criterion.Item question : questions) {
			if (!typed.containsKey(question.id())) {
				continue;
			}
			String value = typed.get(question.id());
			if (value == null || value.isBlank()) {
				next.remove(question.id());
			}
			else {
				next.put(question.id(), checked(question, value.strip()));
			}
		}
		if (place != null) {
			this.place = Optional.ofNullable(Text.optional(place, "place", 200));
		}
		if (declaredOn != null) {
			this.declaredOn = declaredOn.isBlank() ? Optional.empty() : Optional.of(date(declaredOn.strip()));
		}
		this.answers = next;
		this.updatedAt = at;
	}

	/**
	 * @throws Refusal when the concluding statement of Part VI (place and date) is
	 * missing, or nothing is answered
	 */
	void requireExportable() {
		if (this.place.isEmpty() || this.declaredOn.isEmpty()) {
			throw new Refusal("place", "espd.declaration.required");
		}
		if (this.answers.isEmpty()) {
			throw Refusal.of("espd.nothingAnswered");
		}
	}

	private static String checked(Criterion.Item question, String value) {
		String field = "answers[" + question.id() + "]";
		try {
			switch (question.dataType()) {
				case "INDICATOR" -> {
					if (!value.equals("true") && !value.equals("false")) {
						throw new Refusal(field, "espd.answer.indicator");
					}
				}
				case "DATE" -> LocalDate.parse(value);
				case "PERIOD" -> {
					String[] period = Answers.periodParts(value);
					if (!period[0].isBlank()) {
						LocalDate.parse(period[0]);
					}
					if (!period[1].isBlank()) {
						LocalDate.parse(period[1]);
					}
				}
				case "AMOUNT" -> {
					String[] amount = Answers.amountParts(value);
					String currency = amount[1].toUpperCase(java.util.Locale.ROOT);
					if (!currency.matches("[A-Z]{3}")) {
						throw new Refusal(field, "espd.answer.currency");
					}
					return Answers.amount(number(amount[0]), currency);
				}
				case "QUANTITY", "QUANTITY_INTEGER", "QUANTITY_YEAR", "PERCENTAGE" -> {
					return number(value);
				}
				case "URL" -> new URI(value).toURL();
				default -> Text.requiredLines(value, field, ANSWER_MAX);
			}
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(field, "espd.answer.date", value);
		}
		catch (NumberFormatException ex) {
			throw new Refusal(field, "espd.answer.number", value);
		}
		catch (URISyntaxException | IllegalArgumentException | java.net.MalformedURLException ex) {
			throw new Refusal(field, "espd.answer.url", value);
		}
		return value;
	}

	private static LocalDate date(String typed) {
		try {
			return LocalDate.parse(typed);
		}
		catch (DateTimeParseException ex) {
			throw new Refusal("declaredOn", "espd.answer.date", typed);
		}
	}

	/**
	 * A number as typed in French or English ({@code 1 500,50}), as XML writes it
	 * ({@code 1500.50}).
	 */
	private static String number(String typed) {
		return new BigDecimal(typed.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.')).toPlainString();
	}

	public Long id() {
		return this.id;
	}

	long structureId() {
		return this.structureId;
	}

	public String title() {
		return this.title;
	}

	/** The imported document it answers; empty for a generic response. */
	Optional<byte[]> source() {
		return this.source;
	}

	public String sourceVersion() {
		return this.sourceVersion;
	}

	public String contractFolderId() {
		return this.contractFolderId;
	}

	public Optional<String> buyerName() {
		return this.buyerName;
	}

	public boolean simplified() {
		return this.simplified;
	}

	public boolean generic() {
		return this.source.isEmpty();
	}

	public Map<String, String> answers() {
		return Map.copyOf(this.answers);
	}

	public Optional<String> place() {
		return this.place;
	}

	public Optional<LocalDate> declaredOn() {
		return this.declaredOn;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public int version() {
		return this.version;
	}

}
