/**
 * Requests (sollicitations): a structure's questions to a public recipient or to the
 * platform's support, the thread both sides exchange, and support's own work
 * ("Sollicitations émises", "Sollicitations reçues", the support desk).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "system", "account", "structure", "directory", "invoice" })
package org.chorale.sollicitation;
