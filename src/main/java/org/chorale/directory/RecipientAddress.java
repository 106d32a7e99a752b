package org.chorale.directory;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where a recipient is, as far as the directory says; any part may be missing. */
public record RecipientAddress(String line, String complement, String postalCode, String city) {

	public boolean isEmpty() {
		return this.line == null && this.postalCode == null && this.city == null;
	}

	/** Postal code and city (45999 DEMOVILLE), leaving out what is missing. */
	public String town() {
		return Stream.of(this.postalCode, this.city).filter(Objects::nonNull).collect(Collectors.joining(" "));
	}

	/**
	 * The address on one line (1 PL DE LA MAIRIE, 45999 DEMOVILLE), leaving out what is
	 * missing.
	 */
	public String singleLine() {
		return Stream.of(this.line, this.complement, town())
			.filter(part -> part != null && !part.isEmpty())
			.collect(Collectors.joining(", "));
	}

}
