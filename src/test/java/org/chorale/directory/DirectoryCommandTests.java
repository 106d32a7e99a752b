package org.chorale.directory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chorale.ChoraleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar chorale.jar directory ...}: exit codes and what the operator reads.
 */
@ChoraleTest
class DirectoryCommandTests {

	@Autowired
	DirectoryCommand command;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	ByteArrayOutputStream out = new ByteArrayOutputStream();

	ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void emptyDirectory() {
		TestDirectory.empty(this.jdbc);
	}

	@Test
	void generatesImportsAndExportsADirectory() throws Exception {
		Path file = this.folder.resolve("annuaire.zip");
		assertThat(run("generate", "40", file.toString())).isZero();
		assertThat(text(this.out)).contains("annuaire.zip : annuaire fictif de 40 structures");

		assertThat(run("import", file.toString())).isZero();
		assertThat(text(this.out)).contains("Structures : 40 (40 ajoutées, 0 modifiées, 0 inchangées)");

		Path exported = this.folder.resolve("export.zip");
		assertThat(run("export", exported.toString())).isZero();
		assertThat(text(this.out)).contains("export.zip : 40 structures et");
		assertThat(exported).exists();
		assertThat(this.folder.resolve("export.zip.partial")).doesNotExist();
	}

	@Test
	void listsTheRowsItLeftOut() throws Exception {
		Path csv = Files.writeString(this.folder.resolve("structures.csv"), String.join(";",
				DirectoryFile.STRUCTURE_COLUMNS) + "\n"
				+ "SIRET;21999900000017;COMMUNE A;false;false;true;false;false;false;false;false;true;;;;;;;;FR;\n"
				+ "SIRET;21999900000017;COMMUNE A BIS;false;false;true;false;false;false;false;false;true;;;;;;;;FR;\n");

		assertThat(run("import", csv.toString())).isZero();
		assertThat(text(this.out)).contains("1 lignes écartées", "structures.csv, ligne 3 : répète la ligne 2");
	}

	@Test
	void stopsOnAFileItCannotReadWithANonZeroExitCode() throws Exception {
		Path bad = Files.writeString(this.folder.resolve("bad.csv"), "siren;nic\n1;2\n");
		assertThat(run("import", bad.toString())).isEqualTo(1);
		assertThat(text(this.err)).contains("bad.csv, ligne 1 : en-tête non reconnu",
				"L'annuaire n'a pas été modifié.");
		assertThat(run("import", this.folder.resolve("absent.zip").toString())).isEqualTo(1);
		assertThat(text(this.err)).contains("absent.zip : fichier introuvable");
	}

	@Test
	void showsItsUsageForWrongArguments() {
		assertThat(run("importer", "x")).isEqualTo(2);
		assertThat(text(this.err)).contains("Usage: java -jar chorale.jar directory import FILE");
	}

	private int run(String... arguments) {
		return this.command.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
