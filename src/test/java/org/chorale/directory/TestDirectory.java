package org.chorale.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.chorale.shared.csv.ImportListener;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory the tests start from: empty, or the demo directory's featured recipients.
 */
public final class TestDirectory {

	private TestDirectory() {
	}

	public static void empty(JdbcClient jdbc) {
		jdbc.sql("TRUNCATE commitment, recipient_service, recipient").update();
	}

	/** Empties the directory, then imports the demo directory's featured recipients. */
	public static void featured(JdbcClient jdbc, DirectoryAdministration directory) throws IOException, SQLException {
		empty(jdbc);
		Path file = Files.createTempFile("chorale-test-directory", ".zip");
		try {
			DemoDirectory.write(file, 0);
			directory.importFile(file, ImportListener.SILENT);
		}
		finally {
			Files.delete(file);
		}
	}

}
