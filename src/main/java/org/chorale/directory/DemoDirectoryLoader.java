package org.chorale.directory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;
import org.chorale.shared.csv.ImportListener;
import org.chorale.system.ConditionalOnDemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of a demo instance, imports the fictional directory through the same
 * path as a real file, and registers the demo university's commitments: one with the demo
 * supplier, one with another supplier.
 */
@Component
@ConditionalOnDemoData
@Order(3)
class DemoDirectoryLoader implements ApplicationRunner {

	static final String UNIVERSITY = "19999900400013";

	private static final Logger log = LoggerFactory.getLogger(DemoDirectoryLoader.class);

	private final DirectoryAdministration directory;

	private final Recipients recipients;

	private final Commitments commitments;

	private final DirectoryProperties properties;

	private final Clock clock;

	DemoDirectoryLoader(DirectoryAdministration directory, Recipients recipients, Commitments commitments,
			DirectoryProperties properties, Clock clock) {
		this.directory = directory;
		this.recipients = recipients;
		this.commitments = commitments;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, SQLException {
		if (!this.directory.isEmpty()) {
			return;
		}
		Path file = Files.createTempFile("chorale-demo-directory", ".zip");
		try {
			DemoDirectory.write(file, this.properties.demoStructures());
			DirectoryImportReport report = this.directory.importFile(file, ImportListener.SILENT);
			log.info("Demo directory imported: {} fictional public recipients, {} services",
					report.structures().imported(), report.services().imported());
		}
		finally {
			Files.deleteIfExists(file);
		}
		Recipient university = this.recipients.findByIdentifierTypeAndIdentifier(IdentifierType.SIRET, UNIVERSITY)
			.orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		register(university, "2026-EJ-0001", "12345678200010", "15000.00", today.minusMonths(2));
		register(university, "2026-EJ-0002", "35308641600016", "4800.00", today.minusMonths(1));
	}

	private void register(Recipient recipient, String number, String supplier, String amount, LocalDate start) {
		this.commitments.save(Commitment.register(recipient.id(), number,
				new CommitmentDetails(new StructureIdentifier(IdentifierType.SIRET, supplier), new BigDecimal(amount),
						start, Optional.of(start.plusYears(1)), CommitmentStatus.COMMANDE)));
	}

}
