package org.chorale.directory;

/** Where a recipient is, as far as the directory says; any part may be missing. */
public record RecipientAddress(String line, String complement, String postalCode, String city) {

	public boolean isEmpty() {
		return this.line == null && this.postalCode == null && this.city == null;
	}

}
