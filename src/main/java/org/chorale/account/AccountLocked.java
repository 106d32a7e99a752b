package org.chorale.account;

import java.time.Instant;

/** Too many failed sign-ins: the account is locked until the given time. */
public record AccountLocked(Person person, Instant until) {

}
