package org.chorale.account;

/** An account's number, how other modules refer to a person. */
public record AccountId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
