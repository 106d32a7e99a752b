package org.chorale.structure;

import java.util.List;

import org.chorale.account.Person;

/** A person asked to join a structure; its primary managers decide. */
public record JoinRequested(StructureView structure, Person requester, List<Person> managers) {

}
