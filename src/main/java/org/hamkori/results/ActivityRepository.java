package org.hamkori.results;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityRepository extends ListCrudRepository<Activity, UUID> {

	List<Activity> findByProgrammeIdOrderByStartDateAscCodeAsc(UUID programmeId);

	boolean existsByOutputId(UUID outputId);

}
