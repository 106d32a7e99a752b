package org.chorale.espd;

import java.util.List;

/**
 * One criterion of an ESPD (an exclusion ground, a selection criterion, or one of the
 * "other" ones of Parts II and V), with its questions and the buyer's requirements in
 * document order.
 *
 * @param id its UUID (the same from 2.1.1 to 4.1.0 for exclusion and selection criteria),
 * or its path ID in 4.x for the "other" ones
 * @param code its type code ({@code crime-org} in 4.x,
 * {@code CRITERION.EXCLUSION.CONVICTIONS...} in 2.1.1)
 */
record Criterion(String id, String code, String name, String description, List<Item> items) {

	/** The questions of all these criteria, in order. */
	static List<Item> questions(List<Criterion> criteria) {
		return criteria.stream().flatMap(c -> c.questions().stream()).toList();
	}

	/** The questions the economic operator answers. */
	List<Item> questions() {
		return this.items.stream().filter(Item::question).toList();
	}

	/**
	 * A property of the criterion's tree, flattened: a question, a requirement of the
	 * buyer, or a caption.
	 *
	 * @param path its place in the tree, the same in every document of one structure
	 * ({@code 0/1/0}), which answers saved elsewhere are matched by
	 * @param kind QUESTION, REQUIREMENT or CAPTION
	 * @param dataType INDICATOR, DATE, PERIOD, AMOUNT, DESCRIPTION...
	 * @param condition of the group it is in: ON* (always), ONTRUE or ONFALSE (when the
	 * group's indicator says so)
	 * @param expected the buyer's value, for a requirement
	 */
	record Item(String id, String path, int depth, String kind, String dataType, String description, String condition,
			String expected) {

		boolean question() {
			return "QUESTION".equals(this.kind);
		}

		/** What the form shows for the item's type of answer. */
		public String input() {
			return switch (this.dataType) {
				case "INDICATOR" -> "indicator";
				case "DATE" -> "date";
				case "PERIOD" -> "period";
				case "AMOUNT" -> "amount";
				case "DESCRIPTION" -> "text";
				case "QUANTITY", "QUANTITY_INTEGER", "QUANTITY_YEAR", "PERCENTAGE" -> "number";
				case "URL" -> "url";
				default -> "line";
			};
		}

	}

}
