package org.chorale.sollicitation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a request stands, with the statuses each can move to: the table is data, so a
 * page can say what is possible from here.
 */
public enum SollicitationStatus {

	/** Sent, waiting for its addressee. */
	ENVOYEE,
	/**
	 * Taken in hand by someone on the addressee's side, or back with them after the
	 * sender's reply.
	 */
	EN_COURS,
	/** The addressee answered; the sender may reply or close it. */
	REPONDUE,
	/** Closed by either side: final. */
	CLOTUREE;

	private static final Map<SollicitationStatus, Set<SollicitationStatus>> NEXT = Map.of(ENVOYEE,
			EnumSet.of(EN_COURS, REPONDUE, CLOTUREE), EN_COURS, EnumSet.of(REPONDUE, CLOTUREE), REPONDUE,
			EnumSet.of(EN_COURS, CLOTUREE), CLOTUREE, EnumSet.noneOf(SollicitationStatus.class));

	public boolean canMoveTo(SollicitationStatus next) {
		return NEXT.get(this).contains(next);
	}

	public boolean open() {
		return this != CLOTUREE;
	}

	public String labelKey() {
		return "sollicitation.status." + name();
	}

}
