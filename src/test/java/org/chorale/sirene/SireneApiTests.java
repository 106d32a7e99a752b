package org.chorale.sirene;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.shared.Siret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * INSEE's API Sirene, replayed by a local server answering with INSEE's documented JSON.
 */
class SireneApiTests {

	HttpServer insee;

	List<String> keysReceived = new CopyOnWriteArrayList<>();

	SireneApi api;

	@BeforeEach
	void startReplay() throws IOException {
		this.insee = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.insee.createContext("/api-sirene/3.11/siret/", exchange -> {
			this.keysReceived.add(exchange.getRequestHeaders().getFirst("X-INSEE-Api-Key-Integration"));
			String siret = exchange.getRequestURI().getPath().replaceAll(".*/", "");
			String fixture = switch (siret) {
				case "35308641600024" -> "/sirene/insee-api-siret.json";
				case "35308641600032" -> "/sirene/insee-api-siret-non-diffusible.json";
				default -> null;
			};
			int status = siret.equals("12345678200010") ? 503 : (fixture == null) ? 404 : 200;
			byte[] body = (fixture == null) ? ("{\"header\":{\"statut\":" + status
					+ ",\"message\":\"Aucun élément trouvé pour le siret " + siret + "\"}}")
				.getBytes() : read(fixture);
			exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.insee.start();
		URI base = URI.create("http://127.0.0.1:" + this.insee.getAddress().getPort() + "/api-sirene/3.11");
		this.api = new SireneApi(
				new SireneProperties(new SireneProperties.Api("test-key", base, Duration.ofSeconds(2)), 100));
	}

	@AfterEach
	void stopReplay() {
		this.insee.stop(0);
	}

	@Test
	void readsAnEstablishmentFromInseesAnswer() {
		Establishment found = this.api.find(new Siret("35308641600024")).orElseThrow();

		assertThat(found.legalName()).contains("ATELIERS FICTIFS DU REPLAY");
		assertThat(found.address().orElseThrow().singleLine())
			.isEqualTo("BATIMENT B, 4 B AVENUE DES SONGES, 21000 DIJON, FRANCE");
		assertThat(found.active()).isTrue();
		assertThat(found.headOffice()).isFalse();
		assertThat(found.categorieJuridique()).contains("5710");
		assertThat(this.keysReceived).containsExactly("test-key");
	}

	@Test
	void masksWhatInseeMarksPartiallyDiffusible() {
		Establishment found = this.api.find(new Siret("35308641600032")).orElseThrow();

		assertThat(found.nonDiffusible()).isTrue();
		assertThat(found.address()).isEmpty();
		assertThat(found.legalName()).isEmpty();
		assertThat(found.individualEntrepreneur()).isTrue();
	}

	@Test
	void answersNothingForASiretInseeDoesNotKnow() {
		assertThat(this.api.find(new Siret("73282932000074"))).isEmpty();
	}

	@Test
	void saysTheRegisterIsUnavailableWhenInseeFails() {
		assertThatThrownBy(() -> this.api.find(new Siret("12345678200010"))).isInstanceOf(RegisterUnavailable.class);
		this.insee.stop(0);
		assertThatThrownBy(() -> this.api.find(new Siret("35308641600024"))).isInstanceOf(RegisterUnavailable.class);
	}

	@Test
	void isOffWithoutAKey() {
		SireneApi off = new SireneApi(new SireneProperties(
				new SireneProperties.Api(" ", URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1)), 100));
		assertThat(off.enabled()).isFalse();
		assertThat(this.api.enabled()).isTrue();
	}

	private static byte[] read(String resource) throws IOException {
		try (InputStream in = SireneApiTests.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
	}

}
