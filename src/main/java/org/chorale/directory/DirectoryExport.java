package org.chorale.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Writes the whole directory as a {@link DirectoryFile}: a ZIP of {@code structures.csv}
 * and {@code services.csv}, streamed from one consistent snapshot of the database through
 * cursors, so memory stays constant whatever the size.
 */
@Component
class DirectoryExport {

	private static final int FETCH = 5_000;

	private static final String STRUCTURES = "SELECT identifier_type, identifier, name, edi_sender, edi_receiver,"
			+ " payment_status_reported, commitment_required, service_required, service_or_commitment, moa, moa_only,"
			+ " active, address_line, address_complement_1, address_complement_2, postal_code, city, phone, email,"
			+ " country, country_name FROM recipient ORDER BY identifier_type, identifier";

	private static final String SERVICES = "SELECT r.identifier_type, r.identifier, s.code, s.name, s.active,"
			+ " s.start_date, s.end_date, s.commitment_required, s.payment_status_reported"
			+ " FROM recipient_service s JOIN recipient r ON r.id = s.recipient"
			+ " ORDER BY r.identifier_type, r.identifier, s.code";

	private final DataSource dataSource;

	DirectoryExport(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * @return the structures and services written
	 */
	long[] write(OutputStream out) throws IOException, SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
				Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
				long structures = entry(zip, writer, connection, DirectoryFile.STRUCTURES,
						DirectoryFile.STRUCTURE_COLUMNS, STRUCTURES);
				long services = entry(zip, writer, connection, DirectoryFile.SERVICES, DirectoryFile.SERVICE_COLUMNS,
						SERVICES);
				zip.finish();
				return new long[] { structures, services };
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
				connection.setAutoCommit(true);
			}
		}
	}

	private static long entry(ZipOutputStream zip, Writer writer, Connection connection, String name,
			List<String> header, String query) throws IOException, SQLException {
		zip.putNextEntry(new ZipEntry(name));
		DirectoryFile.line(writer, header.toArray(String[]::new));
		long rows = 0;
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(FETCH);
			try (ResultSet row = statement.executeQuery(query)) {
				int columns = row.getMetaData().getColumnCount();
				String[] values = new String[columns];
				while (row.next()) {
					for (int i = 0; i < columns; i++) {
						Object value = row.getObject(i + 1);
						values[i] = (value instanceof Boolean bool) ? bool.toString()
								: (value != null) ? value.toString() : "";
					}
					DirectoryFile.line(writer, values);
					rows++;
				}
			}
		}
		writer.flush();
		zip.closeEntry();
		return rows;
	}

}
