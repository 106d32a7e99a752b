package org.chorale.system;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The operator is told when the server gathers no statistics, and only then. */
class AutovacuumCheckTests {

	private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	private final AutovacuumCheck check = new AutovacuumCheck(this.jdbc);

	@Test
	void aServerWithoutAutovacuumIsReported() {
		when(this.jdbc.queryForObject("select current_setting('autovacuum')::boolean", Boolean.class))
			.thenReturn(false);

		assertThat(this.check.advice()).hasValueSatisfying((advice) -> assertThat(advice)
			.contains("autovacuum de PostgreSQL est désactivé", "autovacuum is off", "ANALYZE"));
	}

	@Test
	void aServerWithAutovacuumIsNot() {
		when(this.jdbc.queryForObject("select current_setting('autovacuum')::boolean", Boolean.class)).thenReturn(true);

		assertThat(this.check.advice()).isEmpty();
	}

}
