package org.chorale.sirene;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chorale.shared.Siret;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the register: one indexed lookup per SIRET, the establishment joined to its legal
 * unit.
 */
@Component
class RegisterQueries {

	/**
	 * Every stored column, named as INSEE names it, so that {@link InseeFields} reads
	 * rows and API answers alike.
	 */
	private static final String BY_SIRET = "SELECT "
			+ Stream.concat(aliases(StockKind.ETABLISSEMENT, "e"), aliases(StockKind.UNITE_LEGALE, "u"))
				.collect(Collectors.joining(", "))
			+ " FROM sirene_etablissement e LEFT JOIN sirene_unite_legale u ON u.siren = e.siren WHERE e.siret = ?";

	private final JdbcClient jdbc;

	RegisterQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Establishment> find(Siret siret) {
		return this.jdbc.sql(BY_SIRET).param(siret.value()).query(RegisterQueries::establishment).optional();
	}

	boolean isEmpty() {
		return this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM sirene_etablissement)").query(Boolean.class).single();
	}

	private static Establishment establishment(ResultSet row, int number) {
		return InseeFields.establishment(name -> {
			try {
				return row.getString(name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static Stream<String> aliases(StockKind kind, String table) {
		return kind.stored()
			.stream()
			.filter(c -> table.equals("e") || !c.column().equals("siren"))
			.map(c -> table + "." + c.column() + " AS \"" + c.insee() + "\"");
	}

}
