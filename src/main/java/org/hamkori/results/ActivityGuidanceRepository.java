package org.hamkori.results;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActivityGuidanceRepository extends ListCrudRepository<ActivityGuidance, UUID> {

	List<ActivityGuidance> findByActivityId(UUID activityId);

	@Query("select * from activity_guidance where upper(record_code) = upper(:code)")
	List<ActivityGuidance> findByRecordCode(String code);

	@Query("select g.* from activity_guidance g join workplan_activity a on a.id = g.activity_id"
			+ " where a.programme_id = :programmeId")
	List<ActivityGuidance> findByProgrammeId(UUID programmeId);

}
