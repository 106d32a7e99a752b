package org.chorale.system;

/** Every response's content security policy: only Chorale's own scripts, no framing. */
public final class ContentSecurityPolicy {

	public static final String POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private ContentSecurityPolicy() {
	}

}
