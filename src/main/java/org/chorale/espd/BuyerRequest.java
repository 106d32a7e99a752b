package org.chorale.espd;

import java.util.List;

import org.chorale.shared.Refusal;
import org.chorale.shared.Text;

/**
 * A public structure's ESPD request for one procedure (DUME acheteur): what the procedure
 * is and which criteria of the ESPD-EDM 4.1.0 table economic operators must answer.
 *
 * @param reference the buyer's reference of the procedure ({@code cbc:ContractFolderID})
 * @param procedureCode from the EU Vocabularies procurement-procedure-type list
 * @param criteria the criterion IDs chosen
 */
record BuyerRequest(String title, String reference, String description, String procedureCode, List<String> criteria) {

	/** The procedure types a request may name. */
	static final List<String> PROCEDURES = List.of("open", "restricted", "neg-w-call", "comp-dial", "innovation",
			"neg-wo-call");

	BuyerRequest {
		criteria = (criteria == null) ? List.of() : List.copyOf(criteria);
	}

	/**
	 * @throws Refusal on the field at fault: a missing title or reference, an unknown
	 * procedure type, no criterion or one outside the table
	 */
	BuyerRequest checked(List<String> known) {
		if (!PROCEDURES.contains(this.procedureCode)) {
			throw new Refusal("procedureCode", "espd.request.procedure.invalid");
		}
		if (this.criteria.isEmpty()) {
			throw new Refusal("criteria", "espd.request.noCriteria");
		}
		if (!known.containsAll(this.criteria)) {
			throw new Refusal("criteria", "espd.request.unknownCriterion");
		}
		return new BuyerRequest(Text.required(this.title, "title", 200),
				Text.required(this.reference, "reference", 100), Text.optional(this.description, "description", 2000),
				this.procedureCode, this.criteria);
	}

}
