package org.hamkori.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AttendanceRepository extends ListCrudRepository<Attendance, UUID> {

	@Query("select * from attendance where meeting_id = :meetingId order by full_name")
	List<Attendance> findByMeetingId(UUID meetingId);

}
