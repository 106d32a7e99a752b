package org.chorale.sirene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.shared.csv.ImportListener;
import org.chorale.system.ConditionalOnDemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * On the first start of a demo instance, writes the fictional register in INSEE's layout
 * and imports it through the same path as real stock files. Runs before the application
 * reports itself ready.
 */
@Component
@ConditionalOnDemoData
@Order(1)
class DemoRegisterLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegisterLoader.class);

	private final SireneManagement sirene;

	private final SireneProperties properties;

	DemoRegisterLoader(SireneManagement sirene, SireneProperties properties) {
		this.sirene = sirene;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, SQLException {
		if (!this.sirene.isEmpty()) {
			return;
		}
		Path directory = Files.createTempDirectory("chorale-demo-sirene");
		try {
			ImportReport report = this.sirene.importFiles(
					DemoRegister.write(directory, this.properties.demoEstablishments()), ImportListener.SILENT);
			log.info("Demo SIRENE register imported: {} rows of fictional companies and establishments", report.rows());
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

}
