package org.chorale.invoice;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chorale.invoice.validation.Corpus;
import org.chorale.invoice.validation.InvoiceValidator;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate FILE|FOLDER...}: a line per file, its findings, and the exit code. */
class ValidateCommandTests {

	private final ValidateCommand command = new ValidateCommand(new InvoiceValidator(Corpus.RULE_SETS),
			Clock.fixed(TestInvoices.ISSUED.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@TempDir
	Path folder;

	@Test
	void validFilesExitZero() throws Exception {
		Path invoice = write("a.xml", TestInvoices.ubl("F-1", "40999900000014", "21999900000017", "", "", "A1"));
		assertThat(run(invoice.toString())).isZero();
		assertThat(output()).startsWith(invoice + " VALID eu.cen.en16931:ubl:1.3.16");
	}

	@Test
	void anInvalidFileExitsOneAndNamesItsRuleAndTerm() throws Exception {
		write("a.xml", TestInvoices.ubl("F-1", "40999900000014", "21999900000017", "", "", "A1"));
		write("b.xml", TestInvoices.ubl("F-2", "40999900000014", "21999900000017", "", "", "B7"));
		assertThat(run(this.folder.toString())).isEqualTo(1);
		assertThat(output()).contains("a.xml VALID")
			.contains("b.xml INVALID")
			.contains(
					"ERROR CHORALE-CADRE [BT-23 Type de processus métier]: Le cadre de facturation « B7 » n'existe pas");
	}

	@Test
	void anUnreadableFileExitsTwo() throws Exception {
		write("a.xml", TestInvoices.ubl("F-1", "40999900000014", "21999900000017", "", "", "B7"));
		Path text = write("notes.txt", "pas une facture".getBytes(StandardCharsets.UTF_8));
		assertThat(run(this.folder.toString(), this.folder.resolve("absent.xml").toString())).isEqualTo(2);
		assertThat(output()).contains(text + " UNREADABLE").contains("absent.xml UNREADABLE");
	}

	private int run(String... arguments) {
		return this.command.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				System.err);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private Path write(String name, byte[] content) throws Exception {
		return Files.write(this.folder.resolve(name), content);
	}

}
