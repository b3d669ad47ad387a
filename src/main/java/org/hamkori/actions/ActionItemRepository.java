package org.hamkori.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActionItemRepository extends ListCrudRepository<ActionItem, UUID> {

	@Query("select * from action_item where mechanism_id = :mechanismId order by due_date, id")
	List<ActionItem> findByMechanism(UUID mechanismId);

	@Query("""
			select * from action_item where mechanism_id = :mechanismId and status in ('OPEN', 'IN_PROGRESS')
			order by due_date, id
			""")
	List<ActionItem> findOpenByMechanism(UUID mechanismId);

	@Query("select * from action_item where meeting_id = :meetingId order by due_date, id")
	List<ActionItem> findByMeeting(UUID meetingId);

	@Query("select * from action_item where decision_id = :decisionId order by due_date, id")
	List<ActionItem> findByDecision(UUID decisionId);

	@Query("""
			select * from action_item where status in ('OPEN', 'IN_PROGRESS') and due_date <= :until
			order by due_date, id
			""")
	List<ActionItem> findOpenDueBy(LocalDate until);

	@Query("""
			select * from action_item where mechanism_id in (:mechanismIds) and updated_at > :since
			order by updated_at desc, id
			""")
	List<ActionItem> findChangedSince(java.util.Collection<UUID> mechanismIds, java.time.Instant since);

}
