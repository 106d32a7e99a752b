package org.chorale.sirene;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for INSEE's API Sirene that answers {@code GET
 * /api-sirene/3.11/siret/{siret}} with INSEE's documented JSON: two fixtures, 503 for the
 * demo Papeterie's SIRET, 404 with INSEE's message for the rest.
 */
final class InseeReplay implements AutoCloseable {

	static final String KNOWN = "35308641600024";

	static final String NON_DIFFUSIBLE = "35308641600032";

	static final String FAILING = "12345678200010";

	private final HttpServer server;

	final List<String> keysReceived = new CopyOnWriteArrayList<>();

	InseeReplay() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api-sirene/3.11/siret/", exchange -> {
			this.keysReceived.add(exchange.getRequestHeaders().getFirst("X-INSEE-Api-Key-Integration"));
			String siret = exchange.getRequestURI().getPath().replaceAll(".*/", "");
			String fixture = switch (siret) {
				case KNOWN -> "/sirene/insee-api-siret.json";
				case NON_DIFFUSIBLE -> "/sirene/insee-api-siret-non-diffusible.json";
				default -> null;
			};
			int status = siret.equals(FAILING) ? 503 : (fixture == null) ? 404 : 200;
			byte[] body = (fixture != null) ? read(fixture)
					: ("{\"header\":{\"statut\":" + status + ",\"message\":\"Aucun élément trouvé pour le siret "
							+ siret + "\"}}")
						.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	/** A client of this replay, with the key "test-key". */
	SireneApi api() {
		URI base = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/api-sirene/3.11");
		return new SireneApi(
				new SireneProperties(new SireneProperties.Api("test-key", base, Duration.ofSeconds(2)), 100));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private static byte[] read(String resource) throws IOException {
		try (InputStream in = InseeReplay.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
	}

}
