package org.chorale.account;

/**
 * The roles of the platform's operators, held beside any structure membership and granted
 * only from the command line: administrators run the directory and the platform; support
 * staff answer the requests sent to support and appoint a primary manager for a structure
 * whose manager has left.
 */
public enum Operator {

	ADMINISTRATOR(SignedInUser.ADMINISTRATOR, "administrator"), SUPPORT(SignedInUser.SUPPORT, "support");

	private final String authority;

	private final String command;

	Operator(String authority, String command) {
		this.authority = authority;
		this.command = command;
	}

	/** The Spring Security authority of the role. */
	public String authority() {
		return this.authority;
	}

	/**
	 * The command that grants it: {@code java -jar chorale.jar <command> grant EMAIL}.
	 */
	String command() {
		return this.command;
	}

}
