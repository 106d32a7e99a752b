package org.chorale.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chorus Pro's {@code typeIdentifiantStructure}: how a structure is identified. French
 * structures use their SIRET; the others carry an identifier whose format (not existence)
 * is checked, for want of a register.
 */
public enum IdentifierType {

	/** A French establishment, checked against the SIRENE register. */
	SIRET(null),
	/** Another EU member state's VAT number (EuVatNumber). */
	UE_HORS_FRANCE(null),
	/**
	 * A structure outside the European Union: its national identifier, up to 18 letters
	 * and digits.
	 */
	HORS_UE("[A-Z0-9][A-Z0-9./-]{0,17}"),
	/**
	 * New Caledonia's RIDET: the 6- or 7-digit RID followed by the 3-digit establishment
	 * number.
	 */
	RIDET("\\d{9,10}"),
	/**
	 * French Polynesia's numéro TAHITI: 6 letters or digits, then the 3-digit
	 * establishment number.
	 */
	TAHITI("[A-Z0-9]{6}\\d{3}"),
	/**
	 * A private person: a free reference of up to 80 characters, the person is named
	 * separately.
	 */
	PARTICULIER("[\\p{L}\\p{N}][\\p{L}\\p{N} '.-]{0,79}"),
	/**
	 * A structure being registered (en cours d'immatriculation): up to 18 letters and
	 * digits.
	 */
	AUTRE("[A-Z0-9][A-Z0-9./-]{0,17}");

	private final Pattern format;

	IdentifierType(String format) {
		this.format = (format != null) ? Pattern.compile(format) : null;
	}

	/**
	 * Key of the sentence that tells the user the expected format, shown under the
	 * identifier field.
	 */
	public String hintKey() {
		return "identifier.type." + name() + ".hint";
	}

	/** Key of the type's label ("Structure européenne hors France"...). */
	public String labelKey() {
		return "identifier.type." + name();
	}

	String check(String input) {
		return switch (this) {
			case SIRET -> new Siret(input).value();
			case UE_HORS_FRANCE -> new EuVatNumber(input).value();
			case PARTICULIER -> checkFormat(input.strip().replaceAll("\\s+", " "));
			default -> checkFormat(Digits.withoutSpaces(input).toUpperCase(Locale.ROOT));
		};
	}

	private String checkFormat(String value) {
		if (value.isEmpty()) {
			throw new InvalidIdentifier("identifier.required");
		}
		if (!this.format.matcher(value).matches()) {
			throw new InvalidIdentifier("identifier.type." + name() + ".invalid", value);
		}
		return value;
	}

}
