package org.chorale.invoice;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Siret;

/**
 * What a text PDF says of itself, read as Chorus Pro's OCR of native-text PDFs does: the
 * SIRETs it shows, its number, date, totals, commitment number and service code, each
 * after the words invoices put before them. Scans have no text and give nothing.
 */
final class PdfText {

	private static final Pattern SIRET = Pattern.compile("(?<!\\d)(\\d{3} ?\\d{3} ?\\d{3} ?\\d{5})(?!\\d)");

	private static final Pattern NUMBER = Pattern.compile(
			"(?i)(?:facture|invoice|avoir)\\s*(?:n\\s*[°o]\\.?|num[ée]ro|number|#)\\s*:?\\s*([A-Za-z0-9][A-Za-z0-9/_.-]{0,34})");

	private static final Pattern DATE = Pattern
		.compile("(?i)date[^\\d\\n]{0,30}(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern COMMITMENT = Pattern.compile(
			"(?i)(?:engagement(?: juridique)?|\\bEJ\\b|bon de commande)\\s*(?:n\\s*[°o]\\.?|num[ée]ro)?\\s*:?\\s*([A-Z0-9][A-Z0-9/_.-]{2,49})");

	private static final Pattern SERVICE = Pattern.compile("(?i)code\\s*service\\s*:?\\s*([A-Za-z0-9_-]{2,100})");

	private static final String AMOUNT = "[^\\d\\n]{0,25}?(-?\\d[\\d \\u00A0\\u202F.,]*\\d)(?!\\s*%)";

	private final String text;

	private PdfText(String text) {
		this.text = text;
	}

	static PdfText of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PdfText(new PDFTextStripper().getText(document));
		}
		catch (IOException ex) {
			return new PdfText("");
		}
	}

	/** The valid SIRETs the PDF shows, in order. */
	List<String> sirets() {
		List<String> found = new ArrayList<>();
		Matcher matcher = SIRET.matcher(this.text);
		while (matcher.find()) {
			try {
				String siret = new Siret(matcher.group(1)).value();
				if (!found.contains(siret)) {
					found.add(siret);
				}
			}
			catch (InvalidIdentifier ex) {
				// fourteen digits that are no SIRET: a phone or account number
			}
		}
		return found;
	}

	Optional<String> number() {
		return first(NUMBER);
	}

	Optional<String> commitment() {
		return first(COMMITMENT);
	}

	Optional<String> serviceCode() {
		return first(SERVICE);
	}

	Optional<LocalDate> date() {
		Matcher matcher = DATE.matcher(this.text);
		try {
			return matcher.find() ? Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)),
					Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)))) : Optional.empty();
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** The amount after the first of these labels the PDF shows ("Total HT"...). */
	Optional<BigDecimal> amount(String... labels) {
		for (String label : labels) {
			Matcher matcher = Pattern.compile("(?i)" + label + AMOUNT).matcher(this.text);
			if (matcher.find()) {
				Optional<BigDecimal> amount = decimal(matcher.group(1));
				if (amount.isPresent()) {
					return amount;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Reads 1 234,56 and 1,234.56 and 1234.56 alike: the last separator is the decimal
	 * one.
	 */
	static Optional<BigDecimal> decimal(String written) {
		String digits = written.replaceAll("[ \\u00A0\\u202F]", "");
		int decimal = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
		String normal = (decimal < 0) ? digits
				: digits.substring(0, decimal).replaceAll("[.,]", "") + "." + digits.substring(decimal + 1);
		try {
			return Optional.of(new BigDecimal(normal));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private Optional<String> first(Pattern pattern) {
		Matcher matcher = pattern.matcher(this.text);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
