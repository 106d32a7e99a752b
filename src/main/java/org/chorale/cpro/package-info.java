/**
 * The Chorus Pro-compatible API ({@code /cpro/...}) and the work area "Raccordements"
 * that opens it: a structure's technical users and API clients, OAuth2 client-credentials
 * tokens, and the operations of Chorus Pro's Factures, Structures, Transverses and
 * Utilisateurs APIs with their JSON shapes, acting as the technical user with the same
 * authorizations as the portal's people.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "system", "account", "structure",
		"directory", "invoice", "invoice :: details", "invoice :: findings", "sirene", "sollicitation" })
package org.chorale.cpro;
