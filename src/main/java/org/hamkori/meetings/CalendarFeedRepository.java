package org.hamkori.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CalendarFeedRepository extends ListCrudRepository<CalendarFeed, UUID> {

	@Query("select * from calendar_feed where user_id = :userId and revoked_at is null")
	List<CalendarFeed> findActiveByUserId(UUID userId);

}
