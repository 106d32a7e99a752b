/**
 * E-mails sent on the other modules' events (activation and reset links, lockouts, join
 * requests and decisions, invoices, requests to structures and support), in the
 * addressee's language; and, on the embedded default, an in-process SMTP server whose
 * messages show on the dev mailbox page.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "system", "account", "structure", "invoice", "sollicitation" })
package org.chorale.notification;
