package org.chorale.cpro;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PISTE's token endpoint, OAuth2 client credentials (RFC 6749 §4.4): the client's id and
 * secret in the form, or in HTTP Basic, give a bearer token valid 3600 seconds. Errors
 * are OAuth2's, as connectors expect from this endpoint.
 */
@Tag(name = "OAuth", description = "PISTE's token endpoint, OAuth2 client credentials")
@RestController
class TokenController {

	private final Connections connections;

	private final AccessTokens tokens;

	private final CallRates rates;

	TokenController(Connections connections, AccessTokens tokens, CallRates rates) {
		this.connections = connections;
		this.tokens = tokens;
		this.rates = rates;
	}

	@PostMapping(path = "/api/oauth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, Object>> token(@RequestParam(name = "grant_type", required = false) String grantType,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "client_secret", required = false) String clientSecret,
			@RequestParam(name = "scope", required = false) String scope,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			HttpServletRequest request) {
		long wait = this.rates.failuresWait(request.getRemoteAddr());
		if (wait > 0) {
			return error(HttpStatus.TOO_MANY_REQUESTS, "slow_down",
					"Trop d'échecs : réessayez dans " + wait + " s / too many failures: try again in " + wait + " s");
		}
		if (!"client_credentials".equals(grantType)) {
			return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
					"grant_type doit être client_credentials / grant_type must be client_credentials");
		}
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon > 0) {
					clientId = decoded.substring(0, colon);
					clientSecret = decoded.substring(colon + 1);
				}
			}
			catch (IllegalArgumentException ex) {
				return error(HttpStatus.UNAUTHORIZED, "invalid_client",
						"En-tête Basic illisible / unreadable Basic header");
			}
		}
		long client;
		try {
			client = this.connections.client(clientId, clientSecret);
		}
		catch (ApiFailure failure) {
			this.rates.failed(request.getRemoteAddr());
			return error(HttpStatus.UNAUTHORIZED, "invalid_client",
					"Client inconnu ou secret erroné / unknown client or wrong secret");
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("access_token", this.tokens.issue(client));
		answer.put("token_type", "Bearer");
		answer.put("expires_in", AccessTokens.VALIDITY.toSeconds());
		answer.put("scope", (scope == null || scope.isBlank()) ? "openid" : scope);
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(answer);
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String description) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("error", error);
		answer.put("error_description", description);
		return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store").body(answer);
	}

}
