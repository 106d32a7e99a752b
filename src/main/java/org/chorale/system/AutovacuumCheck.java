package org.chorale.system;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when the PostgreSQL server's autovacuum is off. PostgreSQL keeps a
 * connection's plan for a prepared query until the table's statistics change, and without
 * autovacuum nothing gathers them: a plan chosen while a table was nearly empty then
 * serves it at every size. Measured: a lookup by the unique (supplier, year, number) key
 * planned on an empty {@code invoice} table walked all the supplier's invoices through
 * another index, and soumettreFacture ran five times slower once the supplier had 15,000.
 */
@Component
class AutovacuumCheck {

	private static final Logger log = LoggerFactory.getLogger(AutovacuumCheck.class);

	private static final String ADVICE = "L'autovacuum de PostgreSQL est désactivé sur ce serveur : sans statistiques, "
			+ "les requêtes gardent des plans choisis quand les tables étaient vides et ralentissent à mesure "
			+ "qu'elles grandissent. Activez-le (autovacuum = on), ou lancez ANALYZE régulièrement. / PostgreSQL's "
			+ "autovacuum is off on this server: without statistics, queries keep plans chosen while the tables "
			+ "were empty and slow down as they grow. Turn it on (autovacuum = on), or run ANALYZE regularly.";

	private final JdbcTemplate jdbc;

	AutovacuumCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		advice().ifPresent(log::warn);
	}

	/** What to tell the operator, if anything. */
	Optional<String> advice() {
		Boolean on = this.jdbc.queryForObject("select current_setting('autovacuum')::boolean", Boolean.class);
		return Boolean.TRUE.equals(on) ? Optional.empty() : Optional.of(ADVICE);
	}

}
