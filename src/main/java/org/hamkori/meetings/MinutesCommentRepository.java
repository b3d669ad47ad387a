package org.hamkori.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MinutesCommentRepository extends ListCrudRepository<MinutesComment, UUID> {

	@Query("select * from minutes_comment where meeting_id = :meetingId order by created_at")
	List<MinutesComment> findByMeetingId(UUID meetingId);

}
