package org.hamkori.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AccessRequestRepository extends ListCrudRepository<AccessRequest, UUID> {

	List<AccessRequest> findByMechanismIdAndStatusOrderByCreatedAt(UUID mechanismId, AccessRequest.Status status);

}
