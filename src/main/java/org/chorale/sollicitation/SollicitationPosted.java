package org.chorale.sollicitation;

import java.util.Optional;

/**
 * Something happened to a request that one side should hear of: it was sent (or
 * transferred to support, which receives it as new), a message was added, it was closed,
 * or its recipient handed it to support.
 *
 * @param to the side that should hear of it
 * @param addresseeSiret the public recipient's SIRET; empty when support answers it
 * @param author who did it
 */
public record SollicitationPosted(long id, String number, String subject, Side to, long senderStructure,
		String senderName, Optional<String> addresseeSiret, String author, Kind kind) {

	/** What happened. */
	public enum Kind {

		NEW, MESSAGE, CLOSED, TRANSFERRED;

		/** The e-mail's message keys: {@code mail.sollicitationNew.subject}... */
		public String mail() {
			return "sollicitation" + name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
		}

	}

}
