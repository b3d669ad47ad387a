package org.hamkori.programmes;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ProgrammeRepository extends ListCrudRepository<Programme, UUID> {

	List<Programme> findByMechanismIdOrderByStartDateDesc(UUID mechanismId);

}
