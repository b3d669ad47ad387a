package org.hamkori.results;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ResultIndicatorRepository extends ListCrudRepository<ResultIndicator, UUID> {

	List<ResultIndicator> findByProgrammeIdOrderByCode(UUID programmeId);

	boolean existsByLevelId(UUID levelId);

}
