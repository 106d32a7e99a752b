package org.chorale.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded default: with no {@code spring.datasource.url}, Chorale runs its own
 * PostgreSQL 17 (zonky's binaries, started through a user namespace when run as root)
 * with its data under {@code chorale.system.embedded-database.directory}, so a first try
 * needs nothing installed but Java.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "chorale";

	private static final String IN_USE = "La base de données intégrée %s est déjà utilisée par un autre Chorale : "
			+ "arrêtez-le, ou choisissez un autre répertoire (chorale.system.embedded-database.directory). "
			+ "/ The embedded database %s is in use by another Chorale: stop it, or choose another directory.";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(SystemProperties properties) throws IOException {
		SystemProperties.EmbeddedDatabase settings = properties.embeddedDatabase();
		// Stopped when the context closes, after the beans that use it (zonky's own JVM
		// hook
		// would stop it while they still need it: closing then waited 30 s for a
		// connection).
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_wal_size", "2GB")
			.setServerConfig("listen_addresses", "127.0.0.1")
			// the C locale exists everywhere; the user's LANG may name one the machine
			// lacks, and initdb would fail
			.setLocaleConfig("locale", "C");
		if (settings.port() != 0) {
			builder.setPort(settings.port());
		}
		if (settings.throwaway()) {
			return builder.start();
		}
		Path directory = Path.of(settings.directory()).toAbsolutePath().normalize();
		Files.createDirectories(directory);
		builder.setDataDirectory(directory).setCleanDataDirectory(false);
		log.info("Embedded PostgreSQL with its data in {}", directory);
		try {
			return builder.start();
		}
		catch (IllegalStateException ex) {
			if (String.valueOf(ex.getMessage()).contains("could not lock")) {
				throw new IllegalStateException(String.format(IN_USE, directory, directory), ex);
			}
			throw ex;
		}
	}

	@Bean
	HikariDataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
		createDatabaseIfMissing(postgres.getPostgresDatabase());
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", DATABASE))
			.username("postgres")
			.build();
		dataSource.setPoolName("chorale-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	private static void createDatabaseIfMissing(DataSource server) throws SQLException {
		try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
			boolean exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")
				.next();
			if (!exists) {
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
			}
		}
	}

	static class NoDatasourceConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return embedded(context.getEnvironment());
		}

		/** The embedded default is used when no datasource URL is configured. */
		static boolean embedded(Environment environment) {
			return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		}

	}

}
