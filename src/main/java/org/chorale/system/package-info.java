/**
 * What every module stands on: the embedded PostgreSQL default, the command line,
 * security, languages, the portal layout with its home and error pages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.chorale.system;
