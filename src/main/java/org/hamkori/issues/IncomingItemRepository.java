package org.hamkori.issues;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IncomingItemRepository extends ListCrudRepository<IncomingItem, UUID> {

	@Query("select * from incoming_item where recommendation_id = :recommendationId")
	List<IncomingItem> findByRecommendationId(UUID recommendationId);

	@Query("select * from incoming_item where mechanism_id = :mechanismId order by created_at desc")
	List<IncomingItem> findByMechanismId(UUID mechanismId);

	@Query("select * from incoming_item where issue_id = :issueId")
	Optional<IncomingItem> findByIssueId(UUID issueId);

}
