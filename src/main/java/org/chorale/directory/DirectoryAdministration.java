package org.chorale.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.SQLException;

import org.chorale.shared.csv.ImportListener;
import org.chorale.shared.csv.MalformedFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The directory as a whole, for administrators and the command line: import and export in
 * Chorus Pro's layout ({@link DirectoryFile}), and its size.
 */
@Service
public class DirectoryAdministration {

	private final DirectoryImport directoryImport;

	private final DirectoryExport directoryExport;

	private final JdbcClient jdbc;

	DirectoryAdministration(DirectoryImport directoryImport, DirectoryExport directoryExport, JdbcClient jdbc) {
		this.directoryImport = directoryImport;
		this.directoryExport = directoryExport;
		this.jdbc = jdbc;
	}

	/**
	 * Imports a directory file (a ZIP of structures.csv and services.csv, or one of those
	 * CSV files) in one transaction.
	 * @throws MalformedFile when the file cannot be read as a whole; nothing changed then
	 */
	public DirectoryImportReport importFile(Path file, ImportListener listener) throws IOException, SQLException {
		return importFile(file, file.getFileName().toString(), listener);
	}

	/**
	 * Imports as {@link #importFile(Path, ImportListener)}, naming the file so in
	 * messages: an upload's name rather than its temporary file's.
	 */
	public DirectoryImportReport importFile(Path file, String name, ImportListener listener)
			throws IOException, SQLException {
		return this.directoryImport.importFile(file, name, listener);
	}

	/**
	 * Writes the whole directory as a ZIP of structures.csv and services.csv.
	 * @return the structures and the services written
	 */
	public long[] export(OutputStream out) throws IOException, SQLException {
		return this.directoryExport.write(out);
	}

	public boolean isEmpty() {
		return this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM recipient)").query(Boolean.class).single();
	}

	public Size size() {
		return this.jdbc
			.sql("SELECT (SELECT count(*) FROM recipient), (SELECT count(*) FROM recipient WHERE active),"
					+ " (SELECT count(*) FROM recipient_service), (SELECT count(*) FROM commitment)")
			.query((row, number) -> new Size(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)))
			.single();
	}

	/** How many recipients (active ones among them), services and commitments. */
	public record Size(long recipients, long activeRecipients, long services, long commitments) {

	}

}
