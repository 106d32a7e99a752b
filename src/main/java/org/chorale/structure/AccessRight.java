package org.chorale.structure;

/** Chorus Pro's {@code typeHabilitation}: what a member may do in a work area. */
public enum AccessRight {

	CONSULTATION_UNIQUEMENT, MODIFICATION;

	public String labelKey() {
		return "accessRight." + name();
	}

}
