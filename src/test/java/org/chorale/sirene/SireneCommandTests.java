package org.chorale.sirene;

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

/** {@code java -jar chorale.jar sirene ...}: exit codes and what the operator reads. */
@ChoraleTest
class SireneCommandTests {

	@Autowired
	SireneCommand command;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	ByteArrayOutputStream out = new ByteArrayOutputStream();

	ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void emptyRegister() {
		TestRegister.empty(this.jdbc);
	}

	@Test
	void generatesAndImportsARegister() throws Exception {
		assertThat(run("generate", "300", this.directory.toString())).isZero();
		assertThat(this.directory.resolve("StockEtablissement_utf8.csv")).exists();

		int exit = run("import", this.directory.resolve("StockUniteLegale_utf8.csv").toString(),
				this.directory.resolve("StockEtablissement_utf8.csv").toString());

		assertThat(exit).isZero();
		long establishments = Files.readAllLines(this.directory.resolve("StockEtablissement_utf8.csv")).size() - 1;
		assertThat(establishments).isEqualTo(300 + 11);
		assertThat(text(this.out)).contains("StockEtablissement_utf8.csv : 311 lignes importées", "311 ajoutées");
		assertThat(text(this.err)).contains("StockEtablissement_utf8.csv : 311 lignes lues et vérifiées");
	}

	@Test
	void stopsWithTheFileAndLineOfAMalformedRowAndANonZeroExitCode() throws Exception {
		Path bad = Files.writeString(this.directory.resolve("bad.csv"),
				"siren,nic,siret\n123456782,00010,12345678200010\n123456782,\"00028");

		int exit = run("import", bad.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(text(this.err)).contains("bad.csv, ligne 1 : colonnes manquantes",
				"Le registre n'a pas été modifié.");
	}

	@Test
	void explainsAFileThatDoesNotExist() {
		assertThat(run("import", this.directory.resolve("absent.csv").toString())).isEqualTo(1);
		assertThat(text(this.err)).contains("absent.csv : fichier introuvable");
	}

	@Test
	void showsItsUsageForWrongArguments() {
		assertThat(run("imports")).isEqualTo(2);
		assertThat(text(this.err)).contains("Usage: java -jar chorale.jar sirene import FILE...");
	}

	private int run(String... arguments) {
		return this.command.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
