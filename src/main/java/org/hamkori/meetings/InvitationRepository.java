package org.hamkori.meetings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InvitationRepository extends ListCrudRepository<Invitation, UUID> {

	@Query("select * from invitation where meeting_id = :meetingId")
	List<Invitation> findByMeetingId(UUID meetingId);

	@Query("select * from invitation where meeting_id = :meetingId and person_id = :personId")
	Optional<Invitation> findByMeetingIdAndPersonId(UUID meetingId, UUID personId);

	@Query("select * from invitation where person_id = :personId")
	List<Invitation> findByPersonId(UUID personId);

}
