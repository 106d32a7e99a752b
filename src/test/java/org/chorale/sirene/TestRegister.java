package org.chorale.sirene;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The register the sirene tests start from: empty, or holding a small demo register. */
final class TestRegister {

	private TestRegister() {
	}

	static void empty(JdbcClient jdbc) {
		jdbc.sql("TRUNCATE sirene_etablissement, sirene_unite_legale").update();
	}

	/**
	 * Empties the register, then imports a demo register of this many establishments
	 * written into the directory.
	 */
	static List<Path> demo(JdbcClient jdbc, StockImport stockImport, Path directory, int establishments)
			throws IOException, SQLException {
		empty(jdbc);
		List<Path> files = DemoRegister.write(directory, establishments);
		stockImport.importFiles(files, ImportListener.SILENT);
		return files;
	}

}
