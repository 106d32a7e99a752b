/**
 * Value types shared by every module: the identifiers of French and foreign structures
 * (SIREN, SIRET, VAT numbers and Chorus Pro's other identifier types), each checking
 * itself and explaining in French and English what is wrong.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.chorale.shared;
