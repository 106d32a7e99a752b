package org.chorale.structure;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

/**
 * The sign-up journey so far, kept in the person's session until the last step creates
 * everything at once: nothing is stored before.
 */
class SignUp implements Serializable {

	private static final long serialVersionUID = 1L;

	String loginEmail;

	IdentifierType identifierType;

	String identifier;

	String country;

	boolean nonDiffusible;

	StructureKind kind = StructureKind.PRIVEE;

	/** The structure already on the platform, which the person asks to join. */
	Long existingStructure;

	StructureForm structure;

	Set<WorkArea> workAreas = EnumSet.copyOf(WorkArea.defaults());

	public IdentifierType identifierType() {
		return this.identifierType;
	}

	public String identifier() {
		return this.identifier;
	}

	public boolean nonDiffusible() {
		return this.nonDiffusible;
	}

	public Set<WorkArea> workAreas() {
		return this.workAreas;
	}

	StructureIdentifier structureIdentifier() {
		return new StructureIdentifier(this.identifierType, this.identifier);
	}

	boolean started() {
		return this.loginEmail != null && this.identifier != null;
	}

	/** Started for a structure new to the platform. */
	boolean creating() {
		return started() && this.existingStructure == null;
	}

	/** Started for a structure already on the platform. */
	boolean joining() {
		return started() && this.existingStructure != null;
	}

	/** The structure and the person are given: only the work areas remain. */
	boolean described() {
		return creating() && this.structure != null && !this.structure.firstName().isEmpty();
	}

}
