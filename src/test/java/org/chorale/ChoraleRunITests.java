package org.chorale;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged {@code target/chorale.jar} as the README's run command does: no
 * configuration, so the embedded PostgreSQL under ./data and the demo register. Then uses
 * the command line on the same data and starts again.
 */
class ChoraleRunITests {

	static final Path JAR = Path.of(System.getProperty("chorale.jar", "target/chorale.jar")).toAbsolutePath();

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path workingDirectory;

	HttpClient http = HttpClient.newHttpClient();

	Process server;

	@AfterEach
	void stopServer() throws InterruptedException {
		stop();
	}

	@Test
	void startsOnTheEmbeddedDefaultWithDemoDataAndKeepsItsDataAcrossRestarts() throws Exception {
		int port = freePort();
		start(port);
		assertThat(get(port, "/").body()).contains("<p class=\"fr-header__service-title\">Chorale</p>",
				"Déposez vos factures aux acheteurs publics");
		assertThat(get(port, "/vendor/dsfr/dsfr.min.css").statusCode()).isEqualTo(200);
		assertThat(get(port, "/entreprises?siret=12345678200010").body()).contains("PAPETERIE DÉMO DES LILAS SAS");
		assertThat(get(port, "/annuaire?q=universite+demoville").body()).contains("UNIVERSITE DE DEMOVILLE",
				"N° d&#39;engagement obligatoire");
		assertThat(get(port, "/entreprises?siret=21999900000017").body()).contains("COMMUNE DE DEMOVILLE");
		HttpResponse<String> missing = get(port, "/vendor/nulle-part?lang=en");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("<h1>Page not found</h1>");
		assertThat(get(port, "/mon-espace").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/connexion"));
		assertThat(get(port, "/dev/courriels").body()).contains("Boîte aux lettres de démonstration");
		assertThat(signIn(port, "fournisseur@demo.chorale.localhost", "Papeterie-Lilas-2026"))
			.contains("PAPETERIE DÉMO DES LILAS SAS", "Gestionnaire principal");
		assertThat(demoApi(port, "tech_fournisseur@demo.chorale.localhost:Tech-Papeterie-2026"))
			.contains("PAPETERIE DÉMO DES LILAS SAS");
		assertThat(demoApi(port, "tech_acheteur@demo.chorale.localhost:Tech-Demoville-2026"))
			.contains("COMMUNE DE DEMOVILLE");
		assertThat(Files.isDirectory(this.workingDirectory.resolve("data/postgres"))).isTrue();
		stop();

		Path bad = Files.writeString(this.workingDirectory.resolve("bad.csv"),
				Files.readString(update()).replace(",A,", ",Z,"));
		Command refused = command("sirene", "import", bad.toString());
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err())
			.contains("bad.csv, ligne 2 : valeur « Z » invalide pour la colonne etatAdministratifEtablissement");
		Command imported = command("sirene", "import", update().toString());
		assertThat(imported.exit()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("update.csv : 1 lignes importées", "1 ajoutées");

		start(port);
		assertThat(get(port, "/entreprises?siret=12345678200044").body()).contains("PAPETERIE DÉMO DES LILAS SAS",
				"123 456 782 00044", "BORDEAUX");
	}

	/**
	 * What a connector given the README's demo credentials reads of its technical user's
	 * structures.
	 */
	private String demoApi(int port, String account) throws Exception {
		HttpResponse<String> token = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/oauth/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						"grant_type=client_credentials&client_id=chorale-demo&client_secret=Secret-Demo-Api-2026"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		String bearer = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
		return this.http
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + port + "/cpro/utilisateurs/v1/monCompte/recuperer/rattachements"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + bearer)
				.header("cpro-account",
						java.util.Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private Path update() throws IOException {
		Path file = this.workingDirectory.resolve("update.csv");
		Files.writeString(file, """
				siren,nic,siret,statutDiffusionEtablissement,etatAdministratifEtablissement,etablissementSiege,\
				dateCreationEtablissement,enseigne1Etablissement,denominationUsuelleEtablissement,\
				complementAdresseEtablissement,numeroVoieEtablissement,indiceRepetitionEtablissement,\
				typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,\
				libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,codePaysEtrangerEtablissement,\
				libellePaysEtrangerEtablissement,activitePrincipaleEtablissement
				123456782,00044,12345678200044,O,A,false,2026-11-02,,,,3,,QUAI,DES CHARTRONS,33000,BORDEAUX,,,,,18.12Z
				""", StandardCharsets.UTF_8);
		return file;
	}

	private void start(int port) throws Exception {
		this.server = java("--server.port=" + port).redirectErrorStream(true)
			.redirectOutput(this.workingDirectory.resolve("chorale-" + Instant.now().toEpochMilli() + ".log").toFile())
			.start();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline) && this.server.isAlive()) {
			try {
				if (get(port, "/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("Chorale did not become ready; see the logs in " + this.workingDirectory);
	}

	private void stop() throws InterruptedException {
		if (this.server != null && this.server.isAlive()) {
			this.server.destroy();
			assertThat(this.server.waitFor(60, TimeUnit.SECONDS)).as("Chorale stops on SIGTERM").isTrue();
		}
	}

	private Command command(String... arguments) throws Exception {
		Process process = java(arguments).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return new Command(process.exitValue(), out, err);
	}

	/**
	 * The same environment as a user's shell, minus any datasource, so the embedded
	 * default is used.
	 */
	private ProcessBuilder java(String... arguments) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
						JAR.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workingDirectory.toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CHORALE_"));
		builder.environment().put("LANG", "fr_FR.UTF-8");
		return builder;
	}

	/**
	 * Signs in through the portal's form, as a browser does, and returns the page landed
	 * on.
	 */
	private String signIn(int port, String login, String password) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		URI signIn = URI.create("http://127.0.0.1:" + port + "/connexion");
		String form = browser.send(HttpRequest.newBuilder(signIn).build(), HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(form);
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		String body = "email=" + java.net.URLEncoder.encode(login, java.nio.charset.StandardCharsets.UTF_8)
				+ "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf.group(1);
		return browser
			.send(HttpRequest.newBuilder(signIn)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/html,*/*;q=0.8")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	record Command(int exit, String out, String err) {
	}

}
