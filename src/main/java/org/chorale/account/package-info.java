/**
 * People: accounts identified by their login e-mail, the single-use activation and reset
 * links, passwords and secret questions, sign-in with its lockout, and "Mon compte".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "system" })
package org.chorale.account;
