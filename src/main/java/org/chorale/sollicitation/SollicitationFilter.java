package org.chorale.sollicitation;

/**
 * What a list of requests is narrowed to, as its form sends it; every field may be left
 * empty.
 *
 * @param text part of the number, the subject or the other party's name
 */
public record SollicitationFilter(SollicitationStatus status, Category category, String text) {

	public static SollicitationFilter none() {
		return new SollicitationFilter(null, null, null);
	}

	String pattern() {
		return (this.text == null || this.text.isBlank()) ? null
				: "%" + this.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
