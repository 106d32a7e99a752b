package org.chorale.directory;

import java.util.Optional;

import org.chorale.shared.IdentifierType;

import org.springframework.data.repository.ListCrudRepository;

interface Recipients extends ListCrudRepository<Recipient, Long> {

	Optional<Recipient> findByIdentifierTypeAndIdentifier(IdentifierType type, String identifier);

}
