package org.chorale.shared;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StructureIdentifierTests {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "SIRET, '732 829 320 00074', 73282932000074", "UE_HORS_FRANCE, DE123456789, DE123456789",
			"UE_HORS_FRANCE, 'be 0123.456.789', BE0123456789", "UE_HORS_FRANCE, EL123456789, EL123456789",
			"UE_HORS_FRANCE, NL123456789B01, NL123456789B01", "UE_HORS_FRANCE, IE1234567TW, IE1234567TW",
			"UE_HORS_FRANCE, ESX1234567X, ESX1234567X", "UE_HORS_FRANCE, ATU12345678, ATU12345678",
			"UE_HORS_FRANCE, XI123456789, XI123456789", "HORS_UE, 'che-123.456.789', CHE-123.456.789",
			"HORS_UE, 12-3456789, 12-3456789", "RIDET, 1234567001, 1234567001", "RIDET, '123 456 001', 123456001",
			"TAHITI, A12345001, A12345001", "TAHITI, 'b12 345 001', B12345001",
			"PARTICULIER, '  Jean  Dupont ', Jean Dupont", "AUTRE, EN-COURS-2026, EN-COURS-2026" })
	void acceptsEachTypesFormatAndNormalisesIt(IdentifierType type, String input, String normalised) {
		assertThat(new StructureIdentifier(type, input).value()).isEqualTo(normalised);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "SIRET, 73282932000075, Le SIRET 732 829 320 00075 a une clé de contrôle invalide",
			"UE_HORS_FRANCE, FR40303265045, Le numéro FR40303265045 est français : une structure française s'identifie par son SIRET",
			"UE_HORS_FRANCE, GR123456789, Le numéro GR123456789 commence par GR : le préfixe TVA de la Grèce est EL",
			"UE_HORS_FRANCE, US123456789, 'Le numéro de TVA US123456789 commence par « US », qui n''est pas le préfixe d''un autre État membre de l''Union européenne'",
			"UE_HORS_FRANCE, DE12345678, Le numéro de TVA DE12345678 n'a pas le format des numéros de TVA de l'État DE",
			"UE_HORS_FRANCE, '', Le numéro de TVA intracommunautaire est obligatoire",
			"HORS_UE, 1234567890123456789, 'L''identifiant « 1234567890123456789 » doit comporter 1 à 18 lettres ou chiffres (points, tirets et barres obliques admis), en commençant par une lettre ou un chiffre'",
			"RIDET, 12345678, Le RIDET « 12345678 » doit comporter 9 ou 10 chiffres",
			"TAHITI, A1234500, Le numéro TAHITI « A1234500 » doit comporter 6 lettres ou chiffres suivis de 3 chiffres",
			"AUTRE, '', L'identifiant est obligatoire" })
	void explainsWhatIsWrong(IdentifierType type, String input, String message) {
		assertThatThrownBy(() -> new StructureIdentifier(type, input)).isInstanceOf(InvalidIdentifier.class)
			.hasMessage(message);
	}

	@ParameterizedTest
	@EnumSource(IdentifierType.class)
	void everyTypeHasALabelAndAFormatHintInBothLanguages(IdentifierType type) {
		for (Locale locale : new Locale[] { Locale.FRENCH, Locale.ENGLISH }) {
			java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("messages", locale);
			assertThat(bundle.getString(type.labelKey())).isNotBlank();
			assertThat(bundle.getString(type.hintKey())).isNotBlank();
		}
	}

	@ParameterizedTest
	@EnumSource(value = IdentifierType.class, names = { "HORS_UE", "RIDET", "TAHITI", "PARTICULIER", "AUTRE" })
	void refusesMarkupInEveryFreeFormatTypeWithAnEnglishMessageToo(IdentifierType type) {
		InvalidIdentifier error = catchThrowableOfType(InvalidIdentifier.class,
				() -> new StructureIdentifier(type, "<b>"));
		assertThat(error.getCodes()).containsExactly("identifier.type." + type + ".invalid");
		assertThat(error.text(Locale.ENGLISH)).startsWith("The ").containsIgnoringCase("\"<b>\"");
	}

}
