package org.chorale.directory;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chorale.shared.IdentifierType;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Refusal;
import org.chorale.shared.StructureIdentifier;
import org.chorale.shared.csv.CsvReader;
import org.chorale.shared.csv.MalformedFile;

/**
 * The directory's file layout: a ZIP holding {@code structures.csv}, with the columns of
 * Chorus Pro's published directory in its order, and {@code services.csv}, one row per
 * service. Both are UTF-8, semicolon-separated, with a header row; columns are found by
 * name, so their order may differ and extra columns are ignored. Booleans are written
 * {@code true}/{@code false} (1/0, oui/non, O/N are read too), dates as
 * {@code yyyy-MM-dd}.
 */
final class DirectoryFile {

	static final char SEPARATOR = ';';

	static final String STRUCTURES = "structures.csv";

	static final String SERVICES = "services.csv";

	/** Chorus Pro's directory columns, in its order. */
	static final List<String> STRUCTURE_COLUMNS = List.of("TypeIdentifiant", "Identifiant", "RaisonSociale",
			"EmetteurEdi", "RecepteurEdi", "GestionStatutMiseEnPaiement", "GestionEngagement", "GestionService",
			"GestionServiceEngagement", "EstMOA", "EstMOAUniquement", "StructureActive", "Adresse",
			"ComplementAdresse1", "ComplementAdresse2", "CodePostal", "Ville", "NumTelephone", "Courriel", "CodePays",
			"LibellePays");

	/** The services, named as Chorus Pro's API names their fields. */
	static final List<String> SERVICE_COLUMNS = List.of("TypeIdentifiant", "Identifiant", "CodeService",
			"LibelleService", "ServiceActif", "DateDebutService", "DateFinService", "GestionEngagement",
			"GestionStatutMiseEnPaiement");

	private static final Set<String> TRUE = Set.of("true", "1", "oui", "o", "vrai", "yes", "y");

	private static final Set<String> FALSE = Set.of("false", "0", "non", "n", "faux", "no", "");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private DirectoryFile() {
	}

	/** One CSV line; a field with a separator, quote or line break is quoted. */
	static void line(Writer writer, String[] values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				writer.write(DirectoryFile.SEPARATOR);
			}
			String value = values[i];
			if (value.indexOf(DirectoryFile.SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
					|| value.indexOf('\r') >= 0) {
				writer.write('"');
				writer.write(value.replace("\"", "\"\""));
				writer.write('"');
			}
			else {
				writer.write(value);
			}
		}
		writer.write("\r\n");
	}

	/** Which of the two files a header is. */
	enum Kind {

		STRUCTURES(STRUCTURE_COLUMNS), SERVICES(SERVICE_COLUMNS);

		private final List<String> columns;

		/** Each column's place in {@link #columns}, read once per value of every row. */
		private final Map<String, Integer> indexes = new HashMap<>();

		Kind(List<String> columns) {
			this.columns = columns;
			for (int i = 0; i < columns.size(); i++) {
				this.indexes.put(columns.get(i), i);
			}
		}

		List<String> columns() {
			return this.columns;
		}

		static Kind of(String file, String[] header) {
			List<String> names = Arrays.asList(header);
			if (names.contains("CodeService")) {
				return SERVICES;
			}
			if (names.contains("RaisonSociale")) {
				return STRUCTURES;
			}
			throw new MalformedFile(file, 1, "directory.import.unknownHeader");
		}

	}

	/**
	 * Where each column of a kind sits in a file, from its header.
	 */
	static final class Layout {

		private final String file;

		private final Kind kind;

		private final int[] positions;

		private final boolean[] wanted;

		Layout(String file, String[] header) {
			this.file = file;
			this.kind = Kind.of(file, header);
			Map<String, Integer> found = new HashMap<>();
			for (int i = 0; i < header.length; i++) {
				found.putIfAbsent(header[i].strip(), i);
			}
			List<String> missing = this.kind.columns.stream().filter(name -> !found.containsKey(name)).toList();
			if (!missing.isEmpty()) {
				throw new MalformedFile(file, 1, "file.missingColumns", String.join(", ", missing));
			}
			this.positions = this.kind.columns.stream().mapToInt(found::get).toArray();
			this.wanted = new boolean[header.length];
			Arrays.stream(this.positions).forEach(position -> this.wanted[position] = true);
		}

		Kind kind() {
			return this.kind;
		}

		boolean[] wanted() {
			return this.wanted;
		}

		/** The fields of the current record in the kind's column order. */
		Row row(CsvReader csv) {
			if (csv.fieldCount() != this.wanted.length) {
				throw new MalformedFile(this.file, csv.line(), "file.fieldCount", csv.fieldCount(), this.wanted.length);
			}
			String[] values = new String[this.positions.length];
			for (int i = 0; i < values.length; i++) {
				values[i] = csv.field(this.positions[i]).strip();
			}
			return new Row(this.kind, values);
		}

	}

	/**
	 * One record's fields, read by column name; each reader refuses a bad value with
	 * {@link Refusal}, naming the column.
	 */
	record Row(Kind kind, String[] values) {

		String text(String column) {
			return this.values[this.kind.indexes.get(column)];
		}

		StructureIdentifier identifier() {
			String type = text("TypeIdentifiant");
			IdentifierType parsed = Arrays.stream(IdentifierType.values())
				.filter(candidate -> candidate.name().equalsIgnoreCase(type))
				.findFirst()
				.orElseThrow(() -> new Refusal("TypeIdentifiant", "directory.import.identifierType", type));
			try {
				return new StructureIdentifier(parsed, text("Identifiant"));
			}
			catch (InvalidIdentifier ex) {
				throw new Refusal("Identifiant", "directory.import.identifier", text("Identifiant"), parsed.name());
			}
		}

		String required(String column, int max) {
			String value = optional(column, max);
			if (value == null) {
				throw new Refusal(column, "directory.import.required", column);
			}
			return value;
		}

		/** The text, or null when empty. */
		String optional(String column, int max) {
			String value = text(column);
			if (value.length() > max) {
				throw new Refusal(column, "directory.import.tooLong", column, max);
			}
			if (CONTROL.matcher(value).find()) {
				throw new Refusal(column, "directory.import.value", column, value);
			}
			return value.isEmpty() ? null : value;
		}

		/** "t" or "f", as COPY reads booleans. */
		String bool(String column) {
			String value = text(column).toLowerCase(Locale.ROOT);
			if (TRUE.contains(value)) {
				return "t";
			}
			if (FALSE.contains(value)) {
				return "f";
			}
			throw new Refusal(column, "directory.import.value", column, text(column));
		}

		/** An ISO date, or null when empty; a time after the date is ignored. */
		String date(String column) {
			String value = text(column);
			if (value.isEmpty()) {
				return null;
			}
			String day = (value.length() > 10 && value.charAt(10) == ' ') ? value.substring(0, 10) : value;
			try {
				return LocalDate.parse(day).toString();
			}
			catch (DateTimeParseException ex) {
				throw new Refusal(column, "directory.import.date", column, value);
			}
		}

		String country(String column) {
			String value = text(column).toUpperCase(Locale.ROOT);
			if (value.isEmpty()) {
				return "FR";
			}
			if (!COUNTRY.matcher(value).matches()) {
				throw new Refusal(column, "directory.import.value", column, text(column));
			}
			return value;
		}

	}

}
