/**
 * The ESPD (DUME) work area: a structure's company profile (Part II), responses to
 * buyers' ESPD requests (2.1.1 or 4.x, imported) or generic ones, answered and exported
 * as ESPD-EDM 4.1.0 XML that validates against the shipped schemas.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "system", "account", "structure", "sirene" })
package org.chorale.espd;
