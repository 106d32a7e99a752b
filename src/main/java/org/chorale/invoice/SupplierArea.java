package org.chorale.invoice;

import org.chorale.structure.StructureView;

/**
 * A member's access to the work area "Factures émises" of a supplier structure.
 *
 * @param modify whether they may deposit (MODIFICATION) or only consult
 */
public record SupplierArea(StructureView structure, boolean modify) {

}
