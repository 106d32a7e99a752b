package org.chorale.sollicitation;

import java.util.Optional;

/**
 * A request was sent, or a message added to its thread, for the other side to hear of.
 *
 * @param to the side that should read it
 * @param addresseeSiret the public recipient's SIRET; empty when support answers it
 * @param first whether it is the request itself
 */
public record SollicitationPosted(long id, String number, String subject, Side to, long senderStructure,
		String senderName, Optional<String> addresseeSiret, String author, boolean first) {

}
