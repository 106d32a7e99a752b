package org.chorale.sirene;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
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
 * {@code sirene import FILE...} loads INSEE stock files;
 * {@code sirene generate ESTABLISHMENTS DIRECTORY} writes a fictional register of that
 * size in INSEE's layout, for trials and benchmarks. Messages are in English when
 * {@code LANG} says so, in French otherwise.
 */
@Component
class SireneCommand implements ChoraleCommand {

	private final SireneManagement sirene;

	private final MessageSource messages;

	private final Locale locale;

	SireneCommand(SireneManagement sirene, MessageSource messages) {
		this.sirene = sirene;
		this.messages = messages;
		this.locale = Language.ofPosix(System.getenv("LANG")).locale();
	}

	@Override
	public String name() {
		return "sirene";
	}

	@Override
	public List<String> usage() {
		return List.of("sirene import FILE...                 import INSEE stock files (CSV or zip)",
				"sirene generate ESTABLISHMENTS DIR    write a fictional register in INSEE's layout");
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.size() >= 2 && arguments.get(0).equals("import")) {
			return importFiles(arguments.subList(1, arguments.size()).stream().map(Path::of).toList(), out, err);
		}
		if (arguments.size() == 3 && arguments.get(0).equals("generate") && arguments.get(1).matches("\\d{1,9}")) {
			return generate(Integer.parseInt(arguments.get(1)), Path.of(arguments.get(2)), out, err);
		}
		usage().forEach(line -> err.println("Usage: java -jar chorale.jar " + line));
		return 2;
	}

	private int importFiles(List<Path> files, PrintStream out, PrintStream err) {
		ConsoleProgress progress = new ConsoleProgress(err, this.messages, this.locale);
		try {
			ImportReport report = this.sirene.importFiles(files, progress);
			report.files()
				.forEach(file -> out.println(text("sirene.import.done", file.file(), file.rows(), file.rowsPerSecond(),
						file.inserted(), file.updated(), file.unchanged(),
						ConsoleProgress.seconds(file.reading().plus(file.applying())))));
			return 0;
		}
		catch (MalformedFile ex) {
			err.println(this.messages.getMessage(ex, this.locale));
			err.println(text("sirene.import.nothingChanged"));
			return 1;
		}
		catch (IOException | SQLException ex) {
			err.println(text("sirene.import.failed", ex.getMessage()));
			err.println(text("sirene.import.nothingChanged"));
			return 1;
		}
	}

	private int generate(int establishments, Path directory, PrintStream out, PrintStream err) {
		try {
			DemoRegister.write(directory, establishments).forEach(out::println);
			return 0;
		}
		catch (IOException ex) {
			err.println(text("sirene.generate.failed", directory, ex.getMessage()));
			return 1;
		}
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

}
