package org.chorale.sirene;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chorale.ChoraleTest;
import org.chorale.shared.Siret;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a key configured, the register asks INSEE only for the SIRETs it does not hold.
 */
@ChoraleTest
class SireneOnlineLookupTests {

	@Autowired
	RegisterQueries register;

	@Autowired
	StockImport stockImport;

	@Autowired
	JdbcClient jdbc;

	@Test
	void asksInseeOnlyForSiretsMissingFromTheLocalRegister(@TempDir Path directory) throws Exception {
		TestRegister.demo(this.jdbc, this.stockImport, directory, 100);
		try (InseeReplay insee = new InseeReplay()) {
			SireneManagement sirene = new SireneManagement(this.register, insee.api(), this.stockImport);

			assertThat(sirene.find(new Siret(InseeReplay.FAILING)).orElseThrow().legalName())
				.contains("PAPETERIE DÉMO DES LILAS SAS");
			assertThat(insee.keysReceived).isEmpty();

			assertThat(sirene.find(new Siret(InseeReplay.KNOWN)).orElseThrow().legalName())
				.contains("ATELIERS FICTIFS DU REPLAY");
			assertThat(insee.keysReceived).hasSize(1);
		}
	}

}
