package org.chorale.sirene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.chorale.shared.Siret;
import org.chorale.shared.csv.ImportListener;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/** The register the sirene tests start from: empty, or holding a small demo register. */
public final class TestRegister {

	private TestRegister() {
	}

	/**
	 * Makes sure the register holds the demo register's featured companies (Papeterie
	 * Démo des Lilas, the non-diffusible and the ceased ones), importing it if needed.
	 */
	public static void featured(SireneManagement sirene) throws IOException, SQLException {
		if (sirene.find(new Siret("12345678200010")).isPresent()) {
			return;
		}
		Path directory = Files.createTempDirectory("chorale-test-register");
		try {
			sirene.importFiles(DemoRegister.write(directory, 100), ImportListener.SILENT);
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
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
