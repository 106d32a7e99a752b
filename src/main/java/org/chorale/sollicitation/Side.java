package org.chorale.sollicitation;

/**
 * Who speaks in a request's thread: its sender's structure, the public recipient, or
 * support.
 */
public enum Side {

	EMETTEUR, DESTINATAIRE, SUPPORT;

	/**
	 * Whether this side answers requests (the addressee or support), rather than sends
	 * them.
	 */
	boolean answers() {
		return this != EMETTEUR;
	}

	public String labelKey() {
		return "sollicitation.side." + name();
	}

}
