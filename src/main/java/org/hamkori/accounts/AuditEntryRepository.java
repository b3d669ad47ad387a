package org.hamkori.accounts;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface AuditEntryRepository
		extends ListCrudRepository<AuditEntry, UUID>, PagingAndSortingRepository<AuditEntry, UUID> {

	Page<AuditEntry> findByMechanismId(UUID mechanismId, Pageable pageable);

}
