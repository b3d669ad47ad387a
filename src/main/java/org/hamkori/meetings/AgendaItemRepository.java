package org.hamkori.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgendaItemRepository extends ListCrudRepository<AgendaItem, UUID> {

	@Query("select * from agenda_item where meeting_id = :meetingId order by sort_order, id")
	List<AgendaItem> findByMeetingId(UUID meetingId);

}
