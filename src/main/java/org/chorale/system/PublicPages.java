package org.chorale.system;

import java.util.List;

/**
 * Pages a module serves to anyone, signed in or not (path patterns such as
 * {@code /entreprises/**}). Each module declares its own as a bean; every other page
 * needs a signed-in person.
 */
public record PublicPages(List<String> patterns) {

	public static PublicPages of(String... patterns) {
		return new PublicPages(List.of(patterns));
	}

}
