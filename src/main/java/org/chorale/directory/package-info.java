/**
 * The directory (annuaire) of public recipients: each public structure with the routing
 * parameters Chorus Pro publishes, its services and the commitments it registers; the
 * routing decision every deposit channel asks; import and export in Chorus Pro's CSV
 * layout; the search page suppliers use before depositing.
 *
 * <p>
 * The directory is reference data, like the SIRENE register: a public body is in it
 * whether or not anyone of it has signed up. The managers of a public structure on the
 * platform maintain the entry that has their structure's identifier.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "system", "account", "structure" })
package org.chorale.directory;
