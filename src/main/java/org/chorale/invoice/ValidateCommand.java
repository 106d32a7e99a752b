package org.chorale.invoice;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.chorale.invoice.validation.BusinessTerms;
import org.chorale.invoice.validation.Finding;
import org.chorale.invoice.validation.InvoiceValidator;
import org.chorale.invoice.validation.RuleSets;
import org.chorale.invoice.validation.Unreadable;
import org.chorale.invoice.validation.ValidationReport;
import org.chorale.invoice.validation.Verdict;
import org.chorale.shared.Language;
import org.chorale.system.ChoraleCommand;

/**
 * {@code validate FILE|FOLDER...}: each file's path, VALID, INVALID or UNREADABLE, and
 * its findings. The rule sets compile once for the whole run and the files are validated
 * on every core. Exit code 0 when all are valid, 1 when one is invalid, 2 when one is
 * unreadable. It needs no database: {@link #main} runs it without starting Chorale.
 */
public final class ValidateCommand implements ChoraleCommand {

	private final InvoiceValidator validator;

	private final Clock clock;

	private final Locale locale;

	ValidateCommand(InvoiceValidator validator, Clock clock) {
		this.validator = validator;
		this.clock = clock;
		this.locale = Language.ofPosix(System.getenv("LANG")).locale();
	}

	/** The command on its own, without Spring, the database or the portal. */
	public static ValidateCommand standalone() {
		return new ValidateCommand(new InvoiceValidator(new RuleSets()), Clock.systemDefaultZone());
	}

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public List<String> usage() {
		return List
			.of("validate FILE|FOLDER...              validate invoices (UBL, CII, Factur-X) without depositing");
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.isEmpty()) {
			usage().forEach(line -> err.println("Usage: java -jar chorale.jar " + line));
			return 2;
		}
		List<Path> files = files(arguments);
		LocalDate today = LocalDate.now(this.clock);
		int processors = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(processors);
		try {
			List<Future<ValidationReport>> reports = new ArrayList<>();
			files.forEach(file -> reports.add(pool.submit(() -> validate(file, today))));
			Verdict worst = Verdict.VALID;
			for (int i = 0; i < files.size(); i++) {
				ValidationReport report = reports.get(i).get();
				print(files.get(i), report, out);
				worst = (report.verdict().ordinal() > worst.ordinal()) ? report.verdict() : worst;
			}
			return worst.ordinal();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 2;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	private ValidationReport validate(Path file, LocalDate today) {
		try {
			return this.validator.validate(file.toString(), Files.readAllBytes(file), today);
		}
		catch (IOException ex) {
			return ValidationReport.unreadable(new Unreadable("validation.read-error", ex.toString()));
		}
	}

	/** Folders stand for the files under them, in name order. */
	private static List<Path> files(List<String> arguments) {
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					files.add(path);
				}
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	private void print(Path file, ValidationReport report, PrintStream out) {
		out.println(file + " " + report.verdict() + report.ruleSet().map(set -> " " + set).orElse(""));
		report.findings().forEach(finding -> out.println("  " + line(finding)));
	}

	private String line(Finding finding) {
		StringBuilder line = new StringBuilder(finding.severity().name()).append(' ').append(finding.rule());
		finding.term().ifPresent(term -> line.append(" [").append(BusinessTerms.label(term, this.locale)).append(']'));
		finding.location().ifPresent(location -> line.append(" (").append(location).append(')'));
		return line.append(": ").append(finding.message(this.locale)).toString();
	}

}
