package org.chorale.espd;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ESPD request or response as read: its version, the procedure and the buyer (Part I),
 * the criteria and, for a response, the answers.
 *
 * @param version the ESPD-EDM version it declares (2.1.1, 4.1.0...)
 * @param answers for a response: each answered question's ID and its value as Chorale
 * keeps it ({@link Answers})
 */
record EspdDocument(boolean request, String version, Optional<String> uuid, String contractFolderId,
		Optional<String> buyerName, Optional<String> procedureTitle, Optional<String> procedureDescription,
		List<Criterion> criteria, Map<String, String> answers, Optional<String> operatorName) {

}
