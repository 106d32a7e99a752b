/**
 * What every module stands on: the embedded PostgreSQL default, the command line,
 * security, languages, the portal layout with its home and error pages.
 */
package org.chorale.system;
