package org.hamkori.results;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ProgressReportRepository extends ListCrudRepository<ProgressReport, UUID> {

	List<ProgressReport> findByProgrammeIdOrderByPeriodDesc(UUID programmeId);

	boolean existsByProgrammeIdAndPeriod(UUID programmeId, String period);

}
