package org.chorale.cpro;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.chorale.system.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the API ({@code /api/openapi}, browsed at
 * {@code /api/docs}): Chorus Pro's operations under their own names (each operationId is
 * the Chorus Pro operation), the request fields, and the two credentials every call
 * carries.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String BEARER = "jeton";

	static final String ACCOUNT = "cpro-account";

	@Bean
	OpenApiCustomizer chorusProDescription() {
		return openApi -> {
			openApi.info(new Info().title("Chorale — API compatible Chorus Pro").version("v1").description("""
					Chorus Pro's Factures, Structures, Transverses and Utilisateurs operations, with their paths, \
					JSON field names, codeRetour / libelle envelope and paging; plus an Idempotency-Key header on \
					deposits and the pending-events feed (evenements). Every /cpro call needs a bearer token from \
					POST /api/oauth/token (client credentials) and the cpro-account header: \
					base64(login:password) of the structure's technical user. Errors: codeRetour 10 credentials, \
					11 access, 12 rate (429), 20 malformed request, 21 Idempotency-Key reused, 30 unknown, \
					40 business rule, 90 internal; libelle in French, message in English, champ the field at \
					fault."""));
			Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
			components.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("POST /api/oauth/token, grant_type=client_credentials: valid 3600 s"));
			components.addSecuritySchemes(ACCOUNT,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name(ACCOUNT)
						.description("base64(login:password) of a technical user of the structure"));
			openApi.components(components);
			openApi.getPaths()
				.forEach(
						(path, item) -> item.readOperations()
							.forEach(operation -> operation.addSecurityItem(path.startsWith("/cpro/")
									? new SecurityRequirement().addList(BEARER).addList(ACCOUNT)
									: new SecurityRequirement())));
		};
	}

	/** Swagger UI's own files, open to anyone like the description. */
	@Bean
	PublicPages apiDescriptionPages() {
		return PublicPages.of("/swagger-ui/**", "/api/docs/**", "/api/openapi/**");
	}

}
