package org.hamkori.meetings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MinutesRepository extends ListCrudRepository<Minutes, UUID> {

	@Query("select * from minutes where meeting_id = :meetingId order by language")
	List<Minutes> findByMeetingId(UUID meetingId);

	@Query("select * from minutes where meeting_id = :meetingId and language = :language")
	Optional<Minutes> findByMeetingIdAndLanguage(UUID meetingId, String language);

}
