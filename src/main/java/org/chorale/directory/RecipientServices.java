package org.chorale.directory;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RecipientServices extends ListCrudRepository<RecipientService, Long> {

	Optional<RecipientService> findByRecipientAndCode(long recipient, String code);

}
