package org.chorale.directory;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Commitments extends ListCrudRepository<Commitment, Long> {

	Optional<Commitment> findByRecipientAndNumber(long recipient, String number);

}
