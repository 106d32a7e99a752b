package org.chorale.cpro;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Chorus Pro connector as the tests play it, over HTTP like Odoo's or go-choruspro: a
 * token from /api/oauth/token, then {@code /cpro/...} calls with the bearer token and the
 * {@code cpro-account} header.
 */
class CproClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String account;

	private String token;

	CproClient(int port, String login, String password) {
		this.base = "http://localhost:" + port;
		this.account = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Asks a token with the client's credentials, as PISTE's connectors do. */
	CproClient authenticate(String clientId, String secret) throws Exception {
		Answer answer = token(clientId, secret);
		if (answer.status() != 200) {
			throw new AssertionError("No token: " + answer);
		}
		this.token = answer.json().get("access_token").asString();
		return this;
	}

	Answer token(String clientId, String secret) throws Exception {
		String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
				+ "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8) + "&scope=openid";
		return send(HttpRequest.newBuilder(URI.create(this.base + "/api/oauth/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	String token() {
		return this.token;
	}

	String account() {
		return this.account;
	}

	/** A call with this body, turned into JSON. */
	Answer post(String path, Object body) throws Exception {
		return post(path, JSON.writeValueAsString(body), Map.of());
	}

	/** A call with this raw body and these extra headers. */
	Answer post(String path, String body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json;charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		request.header("cpro-account", this.account);
		headers.forEach(request::header);
		return send(request.build());
	}

	Answer get(String path) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		request.header("cpro-account", this.account);
		return send(request.build());
	}

	private Answer send(HttpRequest request) throws Exception {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
		return new Answer(response.statusCode(), json, response.headers().firstValue("Retry-After").orElse(null));
	}

	/** An HTTP answer and its JSON. */
	record Answer(int status, JsonNode json, String retryAfter) {

		int codeRetour() {
			return this.json.get("codeRetour").asInt();
		}

		String libelle() {
			return this.json.get("libelle").asString();
		}

		String text(String pointer) {
			JsonNode node = this.json.at(pointer);
			return node.isMissingNode() ? null : node.asString();
		}

		long number(String pointer) {
			return this.json.at(pointer).asLong();
		}

	}

}
