package org.chorale.sollicitation;

/**
 * What a list of requests is narrowed to, as its form sends it; every field may be left
 * empty.
 *
 * @param text part of the number, the subject or the other party's name
 */
public record SollicitationFilter(SollicitationStatus status, Category category, String text) {

	String pattern() {
		return (this.text == null || this.text.isBlank()) ? null
				: "%" + this.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
