package org.chorale.cpro;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON answer in Chorus Pro's envelope: {@code codeRetour} 0 and {@code libelle}
 * {@code TRA_MSG_00.000} on success, then the operation's fields in the order given.
 */
final class Answer {

	static final String OK = "TRA_MSG_00.000";

	private Answer() {
	}

	static Map<String, Object> ok() {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("codeRetour", 0);
		answer.put("libelle", OK);
		return answer;
	}

	/** An object of the answer, in the order its fields are put. */
	static Map<String, Object> object() {
		return new LinkedHashMap<>();
	}

	/**
	 * Chorus Pro's {@code parametresRetour} of a numbered page: the page asked for (from
	 * 1), the number of pages, the page's size and the total.
	 */
	static Map<String, Object> paging(Paging paging, long total) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("pageCourante", paging.page());
		answer.put("pages", (total == 0) ? 0 : (int) ((total + paging.size() - 1) / paging.size()));
		answer.put("nbResultatsParPage", paging.size());
		answer.put("total", total);
		return answer;
	}

	/** A list answer with its paging: {@code name} holds the items. */
	static Map<String, Object> page(String name, List<?> items, Paging paging, long total) {
		Map<String, Object> answer = ok();
		answer.put(name, items);
		answer.put("parametresRetour", paging(paging, total));
		return answer;
	}

}
