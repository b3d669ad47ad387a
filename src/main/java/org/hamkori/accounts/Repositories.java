package org.hamkori.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID>, PagingAndSortingRepository<UserAccount, UUID> {

	Page<UserAccount> findByUsernameContainingIgnoreCase(String part, Pageable pageable);

	@Query("select * from app_user where lower(username) = lower(:username)")
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByDemoTrue();

	boolean existsByAdminTrue();

}

interface ApiTokens extends ListCrudRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

}

interface AuditEntries extends ListCrudRepository<AuditEntry, UUID>, PagingAndSortingRepository<AuditEntry, UUID> {

	Page<AuditEntry> findByMechanismId(UUID mechanismId, Pageable pageable);

}
