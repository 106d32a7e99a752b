package org.chorale.structure;

import java.util.EnumSet;
import java.util.Set;

/**
 * A work area (espace): a part of the portal a structure opens for its people. A new
 * structure opens "Factures émises" and "Sollicitations émises"; its primary manager
 * opens or closes the others.
 */
public enum WorkArea {

	FACTURES_EMISES, SOLLICITATIONS_EMISES, SOLLICITATIONS_RECUES, FACTURES_RECUES, FACTURES_TRAVAUX,
	FACTURES_A_VALIDER, ENGAGEMENTS, DUME, RACCORDEMENTS;

	public static Set<WorkArea> defaults() {
		return EnumSet.of(FACTURES_EMISES, SOLLICITATIONS_EMISES);
	}

	public String labelKey() {
		return "workArea." + name();
	}

	public String hintKey() {
		return "workArea." + name() + ".hint";
	}

}
