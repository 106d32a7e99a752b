package org.chorale.sirene;

import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.chorale.shared.Siret;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * INSEE's API Sirene (version 3.11), asked for one establishment: {@code GET
 * /siret/{siret}} with the integration key in {@code X-INSEE-Api-Key-Integration}. Used
 * only when a key is configured.
 */
@Component
class SireneApi {

	private static final Logger log = LoggerFactory.getLogger(SireneApi.class);

	private final SireneProperties.Api settings;

	private final RestClient client;

	SireneApi(SireneProperties properties) {
		this.settings = properties.api();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build());
		requests.setReadTimeout(this.settings.timeout());
		this.client = RestClient.builder()
			.baseUrl(this.settings.baseUrl().toString())
			.requestFactory(requests)
			.defaultHeader("X-INSEE-Api-Key-Integration", this.settings.enabled() ? this.settings.key() : "")
			.defaultHeader("Accept", "application/json")
			.build();
	}

	boolean enabled() {
		return this.settings.enabled();
	}

	/**
	 * @throws RegisterUnavailable when INSEE cannot be reached or refuses the key
	 */
	Optional<Establishment> find(Siret siret) {
		try {
			JsonNode answer = this.client.get().uri("/siret/{siret}", siret.value()).retrieve().body(JsonNode.class);
			return Optional.ofNullable(answer)
				.map(a -> a.path("etablissement"))
				.filter(JsonNode::isObject)
				.map(SireneApi::establishment);
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				return Optional.empty();
			}
			log.warn("INSEE API Sirene answered {} for SIRET {}", ex.getStatusCode().value(), siret);
			throw new RegisterUnavailable(ex);
		}
		catch (RestClientException ex) {
			log.warn("INSEE API Sirene could not be reached: {}", ex.getMessage());
			throw new RegisterUnavailable(ex);
		}
	}

	/**
	 * INSEE nests the legal unit, the address and the periods (the current one first);
	 * their names never clash.
	 */
	private static Establishment establishment(JsonNode etablissement) {
		Map<String, String> fields = new HashMap<>();
		flatten(etablissement, fields);
		flatten(etablissement.path("uniteLegale"), fields);
		flatten(etablissement.path("adresseEtablissement"), fields);
		flatten(etablissement.path("periodesEtablissement").path(0), fields);
		return InseeFields.establishment(fields::get);
	}

	private static void flatten(JsonNode node, Map<String, String> fields) {
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			JsonNode value = property.getValue();
			if (value.isValueNode() && !value.isNull()) {
				fields.putIfAbsent(property.getKey(), value.asString());
			}
		}
	}

}
