package org.chorale.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByLoginEmail(String loginEmail);

	List<Account> findByAdministratorTrueOrderByLoginEmail();

	List<Account> findBySupportTrueOrderByLoginEmail();

	/** The account, locked until the transaction ends, for counting failed sign-ins. */
	@Query("select * from account where login_email = :loginEmail for update")
	Optional<Account> lockByLoginEmail(String loginEmail);

	boolean existsByLoginEmail(String loginEmail);

}
