/**
 * Invoices as suppliers deposit them: the channels (files, batches, portal entry), the
 * validation that decides whether an invoice goes on (XSD, EN 16931, platform rules), the
 * deposit flows with their reports, and the originals kept unchanged.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "system", "account", "structure", "directory" })
package org.chorale.invoice;
