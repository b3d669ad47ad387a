package org.hamkori.programmes;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementRepository extends ListCrudRepository<Agreement, UUID> {

	List<Agreement> findByMechanismIdOrderByStatusChangedOnDesc(UUID mechanismId);

}
