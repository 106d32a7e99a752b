package org.chorale.structure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Memberships extends ListCrudRepository<Membership, Long> {

	List<Membership> findByAccountIdOrderByRequestedAt(long accountId);

	List<Membership> findByStructureIdOrderByRequestedAt(long structureId);

	Optional<Membership> findByStructureIdAndAccountId(long structureId, long accountId);

}
