package org.chorale.structure;

/** A structure's number on the platform (Chorus Pro's {@code idStructureCPP}). */
public record StructureId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
