package org.chorale.sirene;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chorale.ChoraleTest;
import org.chorale.shared.Siret;
import org.chorale.shared.csv.ImportListener;
import org.chorale.shared.csv.MalformedFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Imports INSEE-layout files into the real PostgreSQL register and looks the result up as
 * users will.
 */
@ChoraleTest
class SireneImportTests {

	static final Siret PAPETERIE = new Siret("12345678200010");

	static final Siret PAPETERIE_LYON = new Siret("12345678200036");

	static final Siret CAMILLE_NON_DIFFUSIBLE = new Siret("19999999600010");

	static final Siret TRANSPORTS_CLOSED = new Siret("27654320400016");

	static final Siret DOMINIQUE = new Siret("35308641600016");

	@Autowired
	SireneManagement sirene;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	List<Path> demo;

	@BeforeEach
	void emptyRegisterAndSmallDemoFiles() throws IOException {
		TestRegister.empty(this.jdbc);
		this.demo = DemoRegister.write(this.directory.resolve("demo"), 500);
	}

	@Test
	void importsTheDemoRegisterAndFindsCompaniesBySiret() throws Exception {
		ImportReport report = this.sirene.importFiles(this.demo, ImportListener.SILENT);

		assertThat(report.files()).extracting(ImportReport.FileReport::kind)
			.containsExactly(StockKind.UNITE_LEGALE, StockKind.ETABLISSEMENT);
		ImportReport.FileReport establishments = report.files().get(1);
		assertThat(establishments.rows()).isEqualTo(lines(this.demo.get(1)) - 1).isGreaterThanOrEqualTo(500);
		assertThat(establishments.inserted()).isEqualTo(establishments.rows());

		Establishment papeterie = this.sirene.find(PAPETERIE).orElseThrow();
		assertThat(papeterie.legalName()).contains("PAPETERIE DÉMO DES LILAS SAS");
		assertThat(papeterie.active()).isTrue();
		assertThat(papeterie.headOffice()).isTrue();
		assertThat(papeterie.nonDiffusible()).isFalse();
		assertThat(papeterie.address().orElseThrow().country()).isEqualTo("FRANCE");
		assertThat(papeterie.address().orElseThrow().postalCode()).matches("\\d{5}");
		assertThat(this.sirene.find(PAPETERIE_LYON).orElseThrow().headOffice()).isFalse();
	}

	@Test
	void keepsTheIndexesMigrationsAddWhenAFirstLoadReplacesTheTable() throws Exception {
		this.jdbc.sql("CREATE INDEX sirene_etablissement_test_siren ON sirene_etablissement (siren)").update();
		try {
			this.sirene.importFiles(this.demo, ImportListener.SILENT);

			assertThat(this.jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'sirene_etablissement'")
				.query(String.class)
				.list()).containsExactlyInAnyOrder("sirene_etablissement_pkey", "sirene_etablissement_test_siren");
		}
		finally {
			this.jdbc.sql("DROP INDEX sirene_etablissement_test_siren").update();
		}
	}

	@Test
	void masksTheAddressOfAPartiallyDiffusibleCompanyAndNeverStoresIt() throws Exception {
		this.sirene.importFiles(this.demo, ImportListener.SILENT);

		Establishment camille = this.sirene.find(CAMILLE_NON_DIFFUSIBLE).orElseThrow();
		assertThat(camille.nonDiffusible()).isTrue();
		assertThat(camille.address()).isEmpty();
		assertThat(camille.legalName()).isEmpty();
		assertThat(camille.toString()).doesNotContain("RUE", "AVENUE");
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM sirene_etablissement WHERE statut_diffusion <> 'O'
				AND (code_postal IS NOT NULL OR libelle_voie IS NOT NULL OR libelle_commune IS NOT NULL)""")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void tellsClosedCompaniesAndIndividualEntrepreneurs() throws Exception {
		this.sirene.importFiles(this.demo, ImportListener.SILENT);

		assertThat(this.sirene.find(TRANSPORTS_CLOSED).orElseThrow().active()).isFalse();
		Establishment dominique = this.sirene.find(DOMINIQUE).orElseThrow();
		assertThat(dominique.legalName()).contains("Dominique FICTIF");
		assertThat(dominique.individualEntrepreneur()).isTrue();
		assertThat(this.sirene.find(new Siret("73282932000074"))).isEmpty();
	}

	@Test
	void reimportingTheSameFilesChangesNothing() throws Exception {
		this.sirene.importFiles(this.demo, ImportListener.SILENT);
		long before = count();

		ImportReport again = this.sirene.importFiles(this.demo, ImportListener.SILENT);

		assertThat(again.files()).allSatisfy(file -> {
			assertThat(file.inserted()).isZero();
			assertThat(file.updated()).isZero();
			assertThat(file.unchanged()).isEqualTo(file.rows());
		});
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void appliesAnUpdateFileAsUpsertsWhereTheLastLineOfARepeatedSiretWins() throws Exception {
		this.sirene.importFiles(this.demo, ImportListener.SILENT);
		List<String> lines = Files.readAllLines(this.demo.get(1));
		String header = lines.get(0);
		String papeterie = lines.stream().filter(l -> l.contains(",12345678200010,")).findFirst().orElseThrow();
		String closed = papeterie.replace(",A,", ",F,");
		String newSite = papeterie.replace("00010", "00044").replace(",true,", ",false,");
		Path update = write("update.csv", header, papeterie, closed, newSite);

		ImportReport report = this.sirene.importFiles(List.of(update), ImportListener.SILENT);

		assertThat(report.files().get(0).inserted()).isEqualTo(1);
		assertThat(report.files().get(0).updated()).isEqualTo(1);
		assertThat(this.sirene.find(PAPETERIE).orElseThrow().active()).isFalse();
		assertThat(this.sirene.find(new Siret("12345678200044"))).isPresent();
	}

	@Test
	void keepsTheLastLineOfARepeatedSiretInAFirstLoadToo() throws Exception {
		List<String> lines = Files.readAllLines(this.demo.get(1));
		String papeterie = lines.get(1);
		Path repeated = write("repeated.csv", lines.get(0), papeterie, lines.get(2), papeterie.replace(",A,", ",F,"));

		ImportReport report = this.sirene.importFiles(List.of(repeated), ImportListener.SILENT);

		assertThat(report.files().get(0).rows()).isEqualTo(3);
		assertThat(report.files().get(0).inserted()).isEqualTo(2);
		assertThat(report.files().get(0).unchanged()).isEqualTo(1);
		assertThat(this.sirene.find(PAPETERIE).orElseThrow().active()).isFalse();
		assertThat(this.sirene.find(new Siret("12345678200028"))).isPresent();
	}

	@Test
	void appliesASecondFileOfTheSameKindOnTopOfAFirstLoadInOneImport() throws Exception {
		List<String> lines = Files.readAllLines(this.demo.get(1));
		Path update = write("update.csv", lines.get(0), lines.get(1).replace(",A,", ",F,"));

		ImportReport report = this.sirene.importFiles(List.of(this.demo.get(1), update), ImportListener.SILENT);

		assertThat(report.files().get(1).updated()).isEqualTo(1);
		assertThat(this.sirene.find(PAPETERIE).orElseThrow().active()).isFalse();
		assertThat(this.sirene.find(PAPETERIE_LYON)).isPresent();
	}

	@Test
	void importsTheZipFilesInseePublishes() throws Exception {
		Path zip = this.directory.resolve("StockEtablissement_utf8.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Path file : this.demo) {
				out.putNextEntry(new ZipEntry(file.getFileName().toString()));
				Files.copy(file, out);
			}
		}
		List<Long> progress = new ArrayList<>();

		ImportReport report = this.sirene.importFiles(List.of(zip), new ImportListener() {
			@Override
			public void reading(String file, long rows, long bytesRead, long bytesTotal) {
				progress.add(bytesRead * 100 / bytesTotal);
			}
		});

		assertThat(report.files()).extracting(ImportReport.FileReport::file)
			.containsExactly("StockEtablissement_utf8.zip!StockUniteLegale_utf8.csv",
					"StockEtablissement_utf8.zip!StockEtablissement_utf8.csv");
		assertThat(progress).last().isEqualTo(100L);
		assertThat(this.sirene.find(PAPETERIE)).isPresent();
	}

	@Test
	void refusesAWrongHeaderAtLineOne() throws Exception {
		Path file = write("wrong.csv", "siret;nic;siren", "1;2;3");
		MalformedFile error = refused(List.of(file));
		assertThat(error.getMessage()).isEqualTo("wrong.csv, ligne 1 : en-tête non reconnu ; un fichier stock de "
				+ "l'INSEE (StockUniteLegale ou StockEtablissement) commence par siren");
	}

	@Test
	void namesTheMissingColumns() throws Exception {
		Path file = write("short-header.csv", "siren,nic,siret,statutDiffusionEtablissement", "1,2,3,O");
		assertThat(refused(List.of(file)).getMessage()).startsWith("short-header.csv, ligne 1 : colonnes manquantes")
			.contains("etatAdministratifEtablissement", "codePostalEtablissement");
	}

	@Test
	void refusesAShortRowWithItsLineAndKeepsNothingOfAnyFile() throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(this.demo.get(1)));
		lines.set(7, lines.get(7).substring(0, lines.get(7).lastIndexOf(',')));
		Path broken = write("broken.csv", lines.toArray(String[]::new));

		MalformedFile error = refused(List.of(this.demo.get(0), broken));

		assertThat(error.file()).isEqualTo("broken.csv");
		assertThat(error.line()).isEqualTo(8);
		assertThat(error.getMessage()).isEqualTo("broken.csv, ligne 8 : 52 champs au lieu des 53 de l'en-tête");
		assertThat(count()).isZero();
	}

	@Test
	void refusesAnInvalidValueOrASiretThatIsNotItsSirenAndNic() throws Exception {
		List<String> lines = Files.readAllLines(this.demo.get(1));
		Path badState = write("state.csv", lines.get(0), lines.get(1), lines.get(2).replace(",A,", ",X,"));
		assertThat(refused(List.of(badState)).getMessage())
			.isEqualTo("state.csv, ligne 3 : valeur « X » invalide pour la colonne etatAdministratifEtablissement");
		Path mismatch = write("mismatch.csv", lines.get(0), lines.get(1).replaceFirst("^123456782,", "123456790,"));
		assertThat(refused(List.of(mismatch)).getMessage()).isEqualTo(
				"mismatch.csv, ligne 2 : le SIRET 12345678200010 ne correspond pas au SIREN 123456790 suivi du NIC 00010");
	}

	@Test
	void leavesTheRegisterAsItWasWhenAnUpdateIsRefused() throws Exception {
		this.sirene.importFiles(this.demo, ImportListener.SILENT);
		long before = count();
		List<String> lines = Files.readAllLines(this.demo.get(1));
		Path update = write("update.csv", lines.get(0), lines.get(1).replace(",A,", ",F,"), "\"broken");

		refused(List.of(update));

		assertThat(count()).isEqualTo(before);
		assertThat(this.sirene.find(PAPETERIE).orElseThrow().active()).isTrue();
	}

	private MalformedFile refused(List<Path> files) {
		return catchThrowableOfType(MalformedFile.class, () -> this.sirene.importFiles(files, ImportListener.SILENT));
	}

	private long count() {
		return this.jdbc
			.sql("SELECT (SELECT count(*) FROM sirene_etablissement) + (SELECT count(*) FROM sirene_unite_legale)")
			.query(Long.class)
			.single();
	}

	private Path write(String name, String... lines) throws IOException {
		Path file = this.directory.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}

	private static long lines(Path file) throws IOException {
		try (var stream = Files.lines(file)) {
			return stream.count();
		}
	}

}
