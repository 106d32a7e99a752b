/**
 * The SIRENE company register: INSEE's stock files imported in bulk, establishments
 * looked up by SIRET (locally, or through INSEE's API Sirene when configured), and the
 * addresses of partially diffusible companies masked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "system" })
package org.chorale.sirene;
