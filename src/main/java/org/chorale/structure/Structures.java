package org.chorale.structure;

import java.util.Optional;

import org.chorale.shared.IdentifierType;

import org.springframework.data.repository.ListCrudRepository;

interface Structures extends ListCrudRepository<Structure, Long> {

	Optional<Structure> findByIdentifierTypeAndIdentifier(IdentifierType type, String identifier);

}
