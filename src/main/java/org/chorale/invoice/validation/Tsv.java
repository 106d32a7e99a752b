package org.chorale.invoice.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The texts shipped with the validator: one row per key, tab-separated, header first. */
final class Tsv {

	private Tsv() {
	}

	/** Each row's first column, mapped to its other columns. */
	static Map<String, String[]> load(String resource) {
		Map<String, String[]> rows = new HashMap<>();
		try (InputStream in = Tsv.class.getResourceAsStream(resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] columns = line.split("\t", -1);
				rows.put(columns[0], java.util.Arrays.copyOfRange(columns, 1, columns.length));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(rows);
	}

}
