package org.chorale.directory;

import java.util.Optional;

/**
 * What the directory holds that bears on one routing request, read in one query.
 *
 * @param service the service the request names, or the default service FACTURES_PUBLIQUES
 * when it names none; empty when there is no such service
 * @param registersCommitments whether the recipient registers its commitments, so that
 * commitment numbers must be among them
 * @param commitment the registered commitment with the request's number
 */
record RoutingFacts(RecipientView recipient, Optional<RecipientService> service, boolean registersCommitments,
		Optional<Commitment> commitment) {

}
