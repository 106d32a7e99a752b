package org.chorale.sirene;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes rows in INSEE's CSV: comma-separated, quoted only when needed, UTF-8 without
 * BOM.
 */
final class StockWriter implements AutoCloseable {

	private final BufferedWriter out;

	StockWriter(Path file, List<String> header) throws IOException {
		this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		write(header.toArray(String[]::new));
	}

	void write(String[] row) throws IOException {
		for (int i = 0; i < row.length; i++) {
			if (i > 0) {
				this.out.write(',');
			}
			String value = row[i];
			if (value != null && (value.indexOf(',') >= 0 || value.indexOf('"') >= 0)) {
				this.out.write('"' + value.replace("\"", "\"\"") + '"');
			}
			else if (value != null) {
				this.out.write(value);
			}
		}
		this.out.write('\n');
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
