package org.chorale.invoice.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The shared corpus of public example invoices and its manifest of expected verdicts:
 * {@code ../shared/corpus} beside this repository, or where {@code CHORALE_CORPUS} says.
 * Missing, it fails the tests that need it: they must never pass without their data.
 */
public final class Corpus {

	public static final Path ROOT = Path.of(System.getenv().getOrDefault("CHORALE_CORPUS", "../shared/corpus"));

	/** One RuleSets for all test classes: compiling them is the slow part. */
	public static final RuleSets RULE_SETS = new RuleSets();

	private Corpus() {
	}

	/**
	 * Manifest rows (path, bytes, root, declared expectation, ...) matching the filter.
	 */
	public static List<String[]> manifest(Predicate<String[]> filter) {
		try (Stream<String> lines = Files.lines(ROOT.resolve("MANIFEST.tsv"))) {
			return lines.skip(1).map(line -> line.split("\t", -1)).filter(filter).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The shared corpus is missing at " + ROOT.toAbsolutePath()
					+ ": put it beside this repository or name it with CHORALE_CORPUS", ex);
		}
	}

	public static byte[] read(String path) {
		try {
			return Files.readAllBytes(ROOT.resolve(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
