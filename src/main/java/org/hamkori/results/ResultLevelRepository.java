package org.hamkori.results;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ResultLevelRepository extends ListCrudRepository<ResultLevel, UUID> {

	List<ResultLevel> findByProgrammeIdOrderByCode(UUID programmeId);

	boolean existsByParentId(UUID parentId);

}
