package org.hamkori.accounts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface UserAccountRepository
		extends ListCrudRepository<UserAccount, UUID>, PagingAndSortingRepository<UserAccount, UUID> {

	Page<UserAccount> findByUsernameContainingIgnoreCase(String part, Pageable pageable);

	@Query("select * from app_user where lower(username) = lower(:username)")
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	java.util.List<UserAccount> findByPersonId(UUID personId);

	boolean existsByDemoTrue();

	boolean existsByAdminTrue();

}
