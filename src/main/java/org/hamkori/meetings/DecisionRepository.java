package org.hamkori.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionRepository extends ListCrudRepository<Decision, UUID> {

	@Query("select * from decision where meeting_id = :meetingId order by number")
	List<Decision> findByMeetingId(UUID meetingId);

}
