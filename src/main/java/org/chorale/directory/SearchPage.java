package org.chorale.directory;

import java.util.List;

/**
 * One page of a list.
 *
 * @param page the page's number, from 0
 * @param more whether a next page exists
 */
public record SearchPage<T>(List<T> items, int page, boolean more) {

	/** A page from a query that read one row more than a page to tell if more follow. */
	static <T> SearchPage<T> of(List<T> rows, int page) {
		boolean more = rows.size() > DirectoryQueries.PAGE;
		return new SearchPage<>(more ? rows.subList(0, DirectoryQueries.PAGE) : rows, page, more);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
