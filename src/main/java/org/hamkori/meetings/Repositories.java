package org.hamkori.meetings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

	@Query("select * from meeting where mechanism_id = :mechanismId order by starts_local desc")
	List<Meeting> findByMechanismId(UUID mechanismId);

	@Query("select coalesce(max(number), 0) from meeting where mechanism_id = :mechanismId and meeting_type = :type")
	int maxNumber(UUID mechanismId, String type);

}

interface AgendaItems extends ListCrudRepository<AgendaItem, UUID> {

	@Query("select * from agenda_item where meeting_id = :meetingId order by sort_order, id")
	List<AgendaItem> findByMeetingId(UUID meetingId);

}

interface Invitations extends ListCrudRepository<Invitation, UUID> {

	@Query("select * from invitation where meeting_id = :meetingId")
	List<Invitation> findByMeetingId(UUID meetingId);

	@Query("select * from invitation where meeting_id = :meetingId and person_id = :personId")
	Optional<Invitation> findByMeetingIdAndPersonId(UUID meetingId, UUID personId);

	@Query("select * from invitation where person_id = :personId")
	List<Invitation> findByPersonId(UUID personId);

}

interface Attendances extends ListCrudRepository<Attendance, UUID> {

	@Query("select * from attendance where meeting_id = :meetingId order by full_name")
	List<Attendance> findByMeetingId(UUID meetingId);

}

interface MinutesRepository extends ListCrudRepository<Minutes, UUID> {

	@Query("select * from minutes where meeting_id = :meetingId order by language")
	List<Minutes> findByMeetingId(UUID meetingId);

	@Query("select * from minutes where meeting_id = :meetingId and language = :language")
	Optional<Minutes> findByMeetingIdAndLanguage(UUID meetingId, String language);

}

interface MinutesRevisions extends ListCrudRepository<MinutesRevision, UUID> {

	@Query("select * from minutes_revision where minutes_id = :minutesId order by revision desc")
	List<MinutesRevision> findByMinutesId(UUID minutesId);

}

interface MinutesComments extends ListCrudRepository<MinutesComment, UUID> {

	@Query("select * from minutes_comment where meeting_id = :meetingId order by created_at")
	List<MinutesComment> findByMeetingId(UUID meetingId);

}

interface Decisions extends ListCrudRepository<Decision, UUID> {

	@Query("select * from decision where meeting_id = :meetingId order by number")
	List<Decision> findByMeetingId(UUID meetingId);

}

interface CalendarFeeds extends ListCrudRepository<CalendarFeed, UUID> {

	@Query("select * from calendar_feed where user_id = :userId and revoked_at is null")
	List<CalendarFeed> findActiveByUserId(UUID userId);

}
