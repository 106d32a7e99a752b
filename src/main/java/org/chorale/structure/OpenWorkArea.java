package org.chorale.structure;

/** A work area a structure has opened (one row of structure_work_area). */
@org.springframework.data.relational.core.mapping.Table("structure_work_area")
record OpenWorkArea(WorkArea workArea) {

}
