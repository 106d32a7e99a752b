package org.chorale.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chorale.ChoraleTest;
import org.chorale.shared.Siret;
import org.chorale.shared.csv.ImportListener;
import org.chorale.shared.csv.MalformedFile;
import org.chorale.sirene.Establishment;
import org.chorale.sirene.SireneManagement;
import org.chorale.sirene.TestRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Imports and exports directory files through PostgreSQL, as the command and the
 * administrators' page do.
 */
@ChoraleTest
class DirectoryImportTests {

	static final String STRUCTURES_HEADER = String.join(";", DirectoryFile.STRUCTURE_COLUMNS);

	static final String SERVICES_HEADER = String.join(";", DirectoryFile.SERVICE_COLUMNS);

	@Autowired
	DirectoryAdministration directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	SireneManagement sirene;

	@TempDir
	Path folder;

	@BeforeEach
	void emptyDirectory() {
		TestDirectory.empty(this.jdbc);
	}

	@Test
	void importsTheDemoDirectoryOnceAndFindsNothingToChangeTheSecondTime() throws Exception {
		Path file = this.folder.resolve("annuaire.zip");
		long[] written = DemoDirectory.write(file, 300);

		DirectoryImportReport first = this.directory.importFile(file, ImportListener.SILENT);
		assertThat(first.structures().inserted()).isEqualTo(300).isEqualTo(written[0]);
		assertThat(first.services().inserted()).isEqualTo(written[1]);
		assertThat(first.skippedCount()).isZero();
		assertThat(this.directory.size()).isEqualTo(new DirectoryAdministration.Size(300,
				count("SELECT count(*) FROM recipient WHERE active"), written[1], 0));

		DirectoryImportReport second = this.directory.importFile(file, ImportListener.SILENT);
		assertThat(second.structures().unchanged()).isEqualTo(300);
		assertThat(second.services().unchanged()).isEqualTo(written[1]);
		assertThat(second.structures().inserted() + second.structures().updated() + second.services().inserted()
				+ second.services().updated() + second.servicesRemoved())
			.isZero();
	}

	@Test
	void anExportImportsBackUnchangedAndListsChorusProColumnsInTheirOrder() throws Exception {
		Path file = this.folder.resolve("annuaire.zip");
		DemoDirectory.write(file, 50);
		this.directory.importFile(file, ImportListener.SILENT);

		Path exported = this.folder.resolve("export.zip");
		try (OutputStream out = Files.newOutputStream(exported)) {
			assertThat(this.directory.export(out)).containsExactly(50, count("SELECT count(*) FROM recipient_service"));
		}
		List<String> structures = entry(exported, "structures.csv");
		assertThat(structures.get(0)).isEqualTo("TypeIdentifiant;Identifiant;RaisonSociale;EmetteurEdi;RecepteurEdi;"
				+ "GestionStatutMiseEnPaiement;GestionEngagement;GestionService;GestionServiceEngagement;EstMOA;"
				+ "EstMOAUniquement;StructureActive;Adresse;ComplementAdresse1;ComplementAdresse2;CodePostal;Ville;"
				+ "NumTelephone;Courriel;CodePays;LibellePays");
		assertThat(structures).contains("SIRET;11999900100017;MINISTERE DE LA DEMONSTRATION PUBLIQUE - "
				+ "ADMINISTRATION CENTRALE;true;false;true;true;true;false;false;false;true;20 AV DE L EXEMPLE;;;75007;"
				+ "PARIS 7;;;FR;FRANCE");
		assertThat(entry(exported, "services.csv"))
			.contains("SIRET;21999900000017;TECHNIQUE;Services techniques;true;;;true;true");

		DirectoryImportReport again = this.directory.importFile(exported, ImportListener.SILENT);
		assertThat(again.structures().unchanged()).isEqualTo(50);
		assertThat(again.services().inserted() + again.services().updated() + again.servicesRemoved()).isZero();
	}

	@Test
	void leavesOutBadRowsWithTheirLineAndKeepsTheOthers() throws Exception {
		Path file = zip("annuaire.zip", List.of(STRUCTURES_HEADER, structure("21999900000017", "COMMUNE A", "true"),
				structure("21999900000018", "MAUVAIS SIRET", "true"),
				structure("21999901800019", "COMMUNE B", "peut-être"),
				structure("21999900000017", "COMMUNE A EN DOUBLE", "true"), structure("21999902600012", "", "true")),
				List.of(SERVICES_HEADER, "SIRET;21999900000017;ecoles;Écoles;true;2026-01-01;;false;true",
						"SIRET;21999900000017;ECOLES;Écoles encore;true;;;false;true",
						"SIRET;23999900600012;X;Service d'une structure inconnue;true;;;false;true",
						"SIRET;21999900000017;DATES;Dates à l'envers;true;2026-02-01;2026-01-01;false;true",
						"SIRET;21999900000017;JOUR;Date invalide;true;2026-02-30;;false;true"));

		DirectoryImportReport report = this.directory.importFile(file, ImportListener.SILENT);

		assertThat(report.structures().inserted()).isEqualTo(1);
		assertThat(report.services().inserted()).isEqualTo(1);
		assertThat(report.skippedCount()).isEqualTo(8);
		assertThat(
				report.skipped().stream().map(row -> row.file() + " " + row.line() + " : " + text(row, Locale.FRENCH)))
			.containsExactly("annuaire.zip!services.csv 3 : répète la ligne 2, seule retenue",
					"annuaire.zip!services.csv 4 : la structure 23999900600012 n'est ni dans le fichier ni dans l'annuaire",
					"annuaire.zip!services.csv 5 : La date de fin précède la date de début",
					"annuaire.zip!services.csv 6 : date « 2026-02-30 » invalide pour la colonne DateDebutService "
							+ "(attendu : AAAA-MM-JJ)",
					"annuaire.zip!structures.csv 3 : identifiant « 21999900000018 » invalide pour le type SIRET",
					"annuaire.zip!structures.csv 4 : valeur « peut-être » invalide pour la colonne GestionService",
					"annuaire.zip!structures.csv 5 : répète la ligne 2, seule retenue",
					"annuaire.zip!structures.csv 6 : la colonne RaisonSociale est vide");
		assertThat(this.jdbc.sql("SELECT name FROM recipient").query(String.class).list()).containsExactly("COMMUNE A");
		assertThat(this.jdbc.sql("SELECT code || ' ' || start_date FROM recipient_service").query(String.class).list())
			.containsExactly("ECOLES 2026-01-01");
	}

	@Test
	void aFileThatCannotBeReadStopsAtItsLineAndChangesNothing() throws Exception {
		Path good = this.folder.resolve("annuaire.zip");
		DemoDirectory.write(good, 20);
		this.directory.importFile(good, ImportListener.SILENT);
		long services = count("SELECT count(*) FROM recipient_service");

		Path broken = zip("casse.zip", List.of(STRUCTURES_HEADER, structure("21999900000017", "COMMUNE A", "true"),
				structure("21999901800019", "\"COMMUNE B", "true")), null);
		MalformedFile error = catchThrowableOfType(MalformedFile.class,
				() -> this.directory.importFile(broken, ImportListener.SILENT));
		assertThat(error.text(Locale.FRENCH))
			.isEqualTo("casse.zip!structures.csv, ligne 3 : le champ 3 ouvre un guillemet qui n'est jamais fermé");
		assertThat(error.text(Locale.ENGLISH))
			.isEqualTo("casse.zip!structures.csv, line 3: field 3 opens a quote that is never closed");

		Path shortRow = zip("court.zip", List.of(STRUCTURES_HEADER, "SIRET;21999900000017;COMMUNE A"), null);
		assertThat(catchThrowableOfType(MalformedFile.class,
				() -> this.directory.importFile(shortRow, ImportListener.SILENT))
			.text(Locale.FRENCH)).isEqualTo("court.zip!structures.csv, ligne 2 : 3 champs au lieu des 21 de l'en-tête");

		Path foreign = zip("autre.zip", List.of("siren;nom", "1;2"), null);
		assertThat(catchThrowableOfType(MalformedFile.class,
				() -> this.directory.importFile(foreign, ImportListener.SILENT))
			.text(Locale.ENGLISH)).startsWith("autre.zip!structures.csv, line 1: header not recognised");

		assertThat(this.directory.size().recipients()).isEqualTo(20);
		assertThat(this.directory.size().services()).isEqualTo(services);
	}

	@Test
	void theServicesOfAnImportedStructureBecomeExactlyTheFilesOnes() throws Exception {
		Path first = zip("v1.zip", List.of(STRUCTURES_HEADER, structure("21999900000017", "COMMUNE A", "false")),
				List.of(SERVICES_HEADER, "SIRET;21999900000017;ECOLES;Écoles;true;;;false;true",
						"SIRET;21999900000017;CCAS;CCAS;true;;;false;true"));
		this.directory.importFile(first, ImportListener.SILENT);
		Path second = zip("v2.zip", List.of(STRUCTURES_HEADER, structure("21999900000017", "COMMUNE A", "true")),
				List.of(SERVICES_HEADER, "SIRET;21999900000017;ECOLES;Écoles et cantines;true;;;true;true"));

		DirectoryImportReport report = this.directory.importFile(second, ImportListener.SILENT);

		assertThat(report.structures().updated()).isEqualTo(1);
		assertThat(report.services().updated()).isEqualTo(1);
		assertThat(report.servicesRemoved()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT code || ' ' || name || ' ' || commitment_required FROM recipient_service")
			.query(String.class)
			.list()).containsExactly("ECOLES Écoles et cantines true");
		assertThat(this.jdbc.sql("SELECT service_required FROM recipient").query(Boolean.class).single()).isTrue();
	}

	@Test
	void aStructuresFileAloneLeavesTheServicesAsTheyAre() throws Exception {
		Path first = zip("v1.zip", List.of(STRUCTURES_HEADER, structure("21999900000017", "COMMUNE A", "false")),
				List.of(SERVICES_HEADER, "SIRET;21999900000017;ECOLES;Écoles;true;;;false;true"));
		this.directory.importFile(first, ImportListener.SILENT);
		Path csv = this.folder.resolve("structures.csv");
		Files.writeString(csv,
				"\uFEFF" + STRUCTURES_HEADER + "\r\n" + structure("21999900000017", "COMMUNE A RENOMMEE", "false"));

		DirectoryImportReport report = this.directory.importFile(csv, ImportListener.SILENT);

		assertThat(report.structures().updated()).isEqualTo(1);
		assertThat(report.servicesRemoved()).isZero();
		assertThat(count("SELECT count(*) FROM recipient_service")).isEqualTo(1);
	}

	@Test
	void theDemoDirectoryListsThePublicBodiesOfTheDemoRegisterUnderTheirNames() throws Exception {
		TestRegister.featured(this.sirene);
		for (String[] recipient : DemoDirectory.FEATURED) {
			Establishment registered = this.sirene.find(new Siret(recipient[0])).orElseThrow();
			assertThat(recipient[1]).startsWith(registered.legalName().orElseThrow());
			assertThat(registered.address().orElseThrow().postalCode()).isEqualTo(recipient[3]);
		}
	}

	private String text(DirectoryImportReport.SkippedRow row, Locale locale) {
		return this.messages.getMessage(row.reason(), locale);
	}

	private static String structure(String siret, String name, String serviceRequired) {
		return "SIRET;" + siret + ";" + name + ";false;false;true;false;" + serviceRequired
				+ ";false;false;false;true;1 PL DE LA MAIRIE;;;45999;DEMOVILLE;;;FR;FRANCE";
	}

	private Path zip(String name, List<String> structures, List<String> services) throws IOException {
		Path file = this.folder.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("structures.csv"));
			zip.write((String.join("\n", structures) + "\n").getBytes(StandardCharsets.UTF_8));
			if (services != null) {
				zip.putNextEntry(new ZipEntry("services.csv"));
				zip.write((String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		return file;
	}

	private static List<String> entry(Path zipFile, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					zip.transferTo(bytes);
					return new String(bytes.toByteArray(), StandardCharsets.UTF_8).lines().toList();
				}
			}
		}
		throw new AssertionError(name + " missing");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
