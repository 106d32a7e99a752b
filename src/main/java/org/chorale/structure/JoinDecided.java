package org.chorale.structure;

import java.util.Optional;

import org.chorale.account.Person;

/**
 * The primary manager approved ({@link MembershipStatus#VALIDEE}) or refused a join
 * request, with an optional comment.
 */
public record JoinDecided(StructureView structure, Person requester, MembershipStatus decision,
		Optional<String> comment) {

}
