package org.chorale.sirene;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.chorale.shared.Siret;
import org.chorale.shared.csv.ImportListener;
import org.chorale.shared.csv.MalformedFile;

import org.springframework.stereotype.Service;

/**
 * The company register: who is behind a SIRET, and the import of INSEE's stock files.
 */
@Service
public class SireneManagement {

	private final RegisterQueries register;

	private final SireneApi api;

	private final StockImport stockImport;

	SireneManagement(RegisterQueries register, SireneApi api, StockImport stockImport) {
		this.register = register;
		this.api = api;
		this.stockImport = stockImport;
	}

	/**
	 * The establishment with this SIRET, from the local register, else from INSEE's API
	 * Sirene when one is configured. A partially diffusible establishment comes without
	 * its address.
	 * @throws RegisterUnavailable when the SIRET is not held locally and INSEE cannot be
	 * reached
	 */
	public Optional<Establishment> find(Siret siret) {
		Optional<Establishment> local = this.register.find(siret);
		if (local.isPresent() || !this.api.enabled()) {
			return local;
		}
		return this.api.find(siret);
	}

	/**
	 * Imports stock files (CSV or zip, legal units or establishments, recognised by their
	 * header) in one transaction: all of them or, on the first malformed line, none.
	 * @throws MalformedFile naming the file and line at fault
	 */
	public ImportReport importFiles(List<Path> files, ImportListener listener) throws IOException, SQLException {
		return this.stockImport.importFiles(files, listener);
	}

	public boolean isEmpty() {
		return this.register.isEmpty();
	}

}
