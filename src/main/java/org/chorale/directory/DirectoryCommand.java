package org.chorale.directory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.chorale.shared.Language;
import org.chorale.shared.csv.ConsoleProgress;
import org.chorale.shared.csv.MalformedFile;
import org.chorale.system.ChoraleCommand;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code directory import FILE} and {@code directory export FILE} move the whole
 * directory in Chorus Pro's layout; {@code directory generate STRUCTURES FILE} writes a
 * fictional one of that size, for trials and benchmarks. Messages are in English when
 * {@code LANG} says so, in French otherwise.
 */
@Component
class DirectoryCommand implements ChoraleCommand {

	/** The skipped rows printed; the report counts them all. */
	private static final int SKIPPED_PRINTED = 50;

	private final DirectoryAdministration directory;

	private final MessageSource messages;

	private final Locale locale;

	DirectoryCommand(DirectoryAdministration directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
		this.locale = Language.ofPosix(System.getenv("LANG")).locale();
	}

	@Override
	public String name() {
		return "directory";
	}

	@Override
	public List<String> usage() {
		return List.of(
				"directory import FILE                 import the directory (ZIP of structures.csv and services.csv)",
				"directory export FILE                 export the whole directory as such a ZIP",
				"directory generate STRUCTURES FILE    write a fictional directory of that size");
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.size() == 2 && arguments.get(0).equals("import")) {
			return importFile(Path.of(arguments.get(1)), out, err);
		}
		if (arguments.size() == 2 && arguments.get(0).equals("export")) {
			return export(Path.of(arguments.get(1)), out, err);
		}
		if (arguments.size() == 3 && arguments.get(0).equals("generate") && arguments.get(1).matches("\\d{1,7}")) {
			return generate(Integer.parseInt(arguments.get(1)), Path.of(arguments.get(2)), out, err);
		}
		usage().forEach(line -> err.println("Usage: java -jar chorale.jar " + line));
		return 2;
	}

	private int importFile(Path file, PrintStream out, PrintStream err) {
		try {
			DirectoryImportReport report = this.directory.importFile(file,
					new ConsoleProgress(err, this.messages, this.locale));
			out.println(text("directory.import.done", file.getFileName(), report.rows(), report.rowsPerSecond(),
					ConsoleProgress.seconds(report.duration())));
			out.println(text("directory.import.structures", report.structures().imported(),
					report.structures().inserted(), report.structures().updated(), report.structures().unchanged()));
			out.println(text("directory.import.services", report.services().imported(), report.services().inserted(),
					report.services().updated(), report.services().unchanged(), report.servicesRemoved()));
			if (report.skippedCount() > 0) {
				out.println(text("directory.import.skipped", report.skippedCount()));
				report.skipped()
					.stream()
					.limit(SKIPPED_PRINTED)
					.forEach(row -> out.println("  " + text("directory.import.skippedRow", row.file(), row.line(),
							this.messages.getMessage(row.reason(), this.locale))));
			}
			return 0;
		}
		catch (MalformedFile ex) {
			err.println(this.messages.getMessage(ex, this.locale));
			err.println(text("directory.import.nothingChanged"));
			return 1;
		}
		catch (IOException | SQLException ex) {
			err.println(text("directory.import.failed", ex.getMessage()));
			err.println(text("directory.import.nothingChanged"));
			return 1;
		}
	}

	/** Writes next to the target, then renames: a failed export leaves no half file. */
	private int export(Path file, PrintStream out, PrintStream err) {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try {
			long[] written;
			try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
				written = this.directory.export(stream);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			out.println(text("directory.export.done", file, written[0], written[1]));
			return 0;
		}
		catch (IOException | SQLException ex) {
			deleteQuietly(partial);
			err.println(text("directory.export.failed", file, ex.getMessage()));
			return 1;
		}
	}

	private int generate(int structures, Path file, PrintStream out, PrintStream err) {
		try {
			long[] written = DemoDirectory.write(file, structures);
			out.println(text("directory.generate.done", file, written[0], written[1]));
			return 0;
		}
		catch (IOException ex) {
			err.println(text("directory.export.failed", file, ex.getMessage()));
			return 1;
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// the export's own error is the one to report
		}
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

}
