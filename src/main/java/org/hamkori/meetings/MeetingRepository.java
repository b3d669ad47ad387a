package org.hamkori.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

	@Query("select * from meeting where mechanism_id = :mechanismId order by starts_local desc")
	List<Meeting> findByMechanismId(UUID mechanismId);

	@Query("select coalesce(max(number), 0) from meeting where mechanism_id = :mechanismId and meeting_type = :type")
	int maxNumber(UUID mechanismId, String type);

	java.util.Optional<Meeting> findByCalendarUid(String calendarUid);

	@Query("""
			select * from meeting where mechanism_id in (:mechanismIds) and updated_at > :since
			order by updated_at desc, id
			""")
	List<Meeting> findChangedSince(java.util.Collection<UUID> mechanismIds, java.time.Instant since);

}
