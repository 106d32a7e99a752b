package org.chorale.invoice.validation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** File types by content, the DOCTYPE guard, and findings made readable. */
class ValidationUnitTests {

	@Test
	void tellsFileTypesByTheirContentNotTheirName() {
		assertThat(FileType.of("%PDF-1.7\n".getBytes())).isEqualTo(FileType.PDF);
		assertThat(FileType.of("\uFEFF  <Invoice/>".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.XML);
		assertThat(FileType.of(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0 })).isEqualTo(FileType.ZIP);
		assertThat(FileType.of(new byte[] { 0x1F, (byte) 0x8B, 8 })).isEqualTo(FileType.GZIP);
		assertThat(FileType.of("Facture n° 12".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.OTHER);
		assertThat(FileType.of(new byte[0])).isEqualTo(FileType.OTHER);
	}

	@Test
	void refusesAnyDoctypeBeforeParsing() {
		byte[] laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
				<Invoice>&lol2;</Invoice>""".getBytes(StandardCharsets.UTF_8);
		DefaultHandler ignore = new DefaultHandler();
		assertThatThrownBy(() -> SafeXml.parse(laughs, ignore)).isInstanceOf(Unreadable.class)
			.hasMessageContaining("DOCTYPE");
		assertThatThrownBy(() -> SafeXml.parse("<Invoice>".getBytes(), ignore)).isInstanceOf(Unreadable.class)
			.hasMessageContaining("not well-formed XML (line 1)");
	}

	@Test
	void showsAPathOfElementNamesInsteadOfAnXPath() {
		assertThat(PhiveFindings.location(
				"/*:Invoice[namespace-uri()='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'][1]/cac:InvoiceLine[2]/cbc:ID[1]"))
			.contains("Invoice / InvoiceLine[2] / ID");
		assertThat(PhiveFindings.location("")).isEmpty();
		assertThat(PhiveFindings.term("Amount due for payment (BT-115) = Invoice total (BT-112)")).contains("BT-115");
		assertThat(PhiveFindings.term("no term")).isEqualTo(Optional.empty());
	}

	@Test
	void namesBusinessTermsInBothLanguages() {
		assertThat(BusinessTerms.label("BT-10", java.util.Locale.FRENCH)).isEqualTo("BT-10 Référence acheteur");
		assertThat(BusinessTerms.label("BT-10", java.util.Locale.ENGLISH)).isEqualTo("BT-10 Buyer reference");
		assertThat(BusinessTerms.label("BT-999", java.util.Locale.ENGLISH)).isEqualTo("BT-999");
	}

	@Test
	void everyRuleOfEveryRuleSetHasAFrenchAndEnglishMessage() throws Exception {
		java.util.Map<String, String[]> rules = Tsv.load("rules.tsv");
		assertThat(rules).hasSizeGreaterThan(2000);
		assertThat(rules.get("BR-01")[1]).isEqualTo("Une facture doit avoir un identifiant de spécification (BT-24).");
		assertThat(rules.values()).allSatisfy(texts -> {
			assertThat(texts).hasSize(2);
			assertThat(texts[0]).isNotBlank();
			assertThat(texts[1]).isNotBlank();
		});
	}

}
