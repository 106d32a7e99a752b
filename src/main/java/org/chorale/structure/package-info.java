/**
 * Structures (the companies and public bodies on the platform), their work areas
 * (espaces) and services, the people attached to them (rattachement) with their rights,
 * and the sign-up journey that creates a structure or asks to join one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "system", "account", "sirene" })
package org.chorale.structure;
