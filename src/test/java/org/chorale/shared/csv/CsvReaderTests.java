package org.chorale.shared.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvReaderTests {

	@Test
	void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
		List<String> rows = read(
				"siren,nom,ville\r\n123,\"DUPONT, \"\"DIT\"\" LE BRAVE\",\"SAINT\nDENIS\"\r\n456,,LYON\n");
		assertThat(rows).containsExactly("2:123|DUPONT, \"DIT\" LE BRAVE|SAINT\nDENIS", "4:456||LYON");
	}

	@Test
	void readsSemicolonSeparatedFilesWhereCommasAreText() throws IOException {
		CsvReader csv = new CsvReader(
				new ByteArrayInputStream(
						"Identifiant;RaisonSociale\n1;\"A; B, C\"\n2;D, E\n".getBytes(StandardCharsets.UTF_8)),
				"annuaire.csv", ';');
		assertThat(readAll(csv)).containsExactly("2:1|A; B, C", "3:2|D, E");
	}

	@Test
	void countsLinesOfFilesThatEndLinesWithCarriageReturnsOnly() throws IOException {
		assertThat(read("a,b\r1,\"x\ry\"\r2,3\r")).containsExactly("2:1|x\ry", "4:2|3");
	}

	@Test
	void dropsTheByteOrderMarkAndSkipsBlankLines() throws IOException {
		CsvReader csv = reader("\uFEFFsiren,nom\n\n123,A\n\n456,B");
		assertThat(csv.header()).containsExactly("siren", "nom");
		csv.keep(new boolean[] { true, true });
		assertThat(csv.next()).isTrue();
		assertThat(csv.line()).isEqualTo(3);
		assertThat(csv.next()).isTrue();
		assertThat(csv.field(1)).isEqualTo("B");
		assertThat(csv.line()).isEqualTo(5);
		assertThat(csv.next()).isFalse();
	}

	@Test
	void keepsOnlyTheColumnsAskedFor() throws IOException {
		CsvReader csv = reader("a,b,c\n1,2,3\n");
		csv.header();
		csv.keep(new boolean[] { false, true, false });
		csv.next();
		assertThat(csv.field(0)).isNull();
		assertThat(csv.field(1)).isEqualTo("2");
		assertThat(csv.fieldCount()).isEqualTo(3);
	}

	@Test
	void reportsAStrayQuoteWithItsLine() {
		MalformedFile error = failure("a,b\n1,2\n3,4\"5\n");
		assertThat(error.line()).isEqualTo(3);
		assertThat(error.getMessage()).isEqualTo("stock.csv, ligne 3 : guillemet mal placé dans le champ 2");
	}

	@Test
	void reportsTextAfterAClosingQuote() {
		assertThat(failure("a,b\n\"1\"x,2\n").line()).isEqualTo(2);
	}

	@Test
	void reportsAQuoteNeverClosedAtTheLineWhereItOpens() {
		MalformedFile error = failure("a,b\n1,2\n3,\"4\n5,6\n");
		assertThat(error.line()).isEqualTo(3);
		assertThat(error.getMessage()).contains("ligne 3", "jamais fermé");
	}

	@Test
	void reportsBadUtf8AtItsExactLineEvenFarIntoAFile() {
		StringBuilder text = new StringBuilder("a,b\n");
		for (int i = 0; i < 20_000; i++) {
			text.append(i).append(",Élodie\n");
		}
		byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bad = "x,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] file = new byte[good.length + bad.length];
		System.arraycopy(good, 0, file, 0, good.length);
		System.arraycopy(bad, 0, file, good.length, bad.length);
		MalformedFile error = catchThrowableOfType(MalformedFile.class,
				() -> readAll(new CsvReader(new ByteArrayInputStream(file), "stock.csv")));
		assertThat(error.line()).isEqualTo(20_002);
		assertThat(error.getMessage())
			.isEqualTo("stock.csv, ligne 20002 : caractère invalide, le fichier doit être encodé en UTF-8");
	}

	@Test
	void stopsAQuoteLeftOpenBeforeItSwallowsTheWholeFile() {
		String rest = "x,y\n".repeat(CsvReader.LONGEST_FIELD);
		MalformedFile error = failure("a,b\n1,2\n3,\"4\n" + rest);
		assertThat(error.line()).isEqualTo(3);
		assertThat(error.getMessage()).matches(
				"stock.csv, ligne 3 : le champ 2 dépasse 65.536 caractères ; un guillemet est sans doute resté ouvert");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(catchThrowableOfType(MalformedFile.class, () -> reader("").header()).getMessage())
			.isEqualTo("stock.csv : le fichier est vide");
	}

	private static MalformedFile failure(String text) {
		return catchThrowableOfType(MalformedFile.class, () -> read(text));
	}

	private static List<String> read(String text) throws IOException {
		return readAll(reader(text));
	}

	private static List<String> readAll(CsvReader csv) throws IOException {
		int columns = csv.header().length;
		boolean[] all = new boolean[columns];
		java.util.Arrays.fill(all, true);
		csv.keep(all);
		List<String> rows = new ArrayList<>();
		while (csv.next()) {
			List<String> fields = new ArrayList<>();
			for (int i = 0; i < csv.fieldCount(); i++) {
				fields.add(csv.field(i));
			}
			rows.add(csv.line() + ":" + String.join("|", fields));
		}
		return rows;
	}

	private static CsvReader reader(String text) {
		return new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "stock.csv");
	}

}
