package org.chorale.structure;

/** A member's right in one work area (one row of membership_right). */
@org.springframework.data.relational.core.mapping.Table("membership_right")
record GrantedRight(WorkArea workArea, AccessRight level) {

}
