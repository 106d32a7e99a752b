package org.chorale.cpro;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiClients extends ListCrudRepository<ApiClient, Long> {

	Optional<ApiClient> findByClientId(String clientId);

	List<ApiClient> findByStructureIdOrderById(long structureId);

}
