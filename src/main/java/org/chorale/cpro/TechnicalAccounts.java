package org.chorale.cpro;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TechnicalAccounts extends ListCrudRepository<TechnicalAccount, Long> {

	Optional<TechnicalAccount> findByLogin(String login);

	List<TechnicalAccount> findByStructureIdOrderById(long structureId);

	long countByStructureId(long structureId);

}
