package org.hamkori.issues;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RecommendationRepository extends ListCrudRepository<Recommendation, UUID> {

	@Query("select * from recommendation where issue_id = :issueId order by created_at")
	List<Recommendation> findByIssueId(UUID issueId);

	@Query("select * from recommendation where decision_id = :decisionId")
	List<Recommendation> findByDecisionId(UUID decisionId);

	@Query("select * from recommendation where mechanism_id = :mechanismId")
	List<Recommendation> findByMechanismId(UUID mechanismId);

	@Query("select organisation_id from recommendation_target where recommendation_id = :id")
	List<UUID> targets(UUID id);

	@Query("select action_id from recommendation_action where recommendation_id = :id")
	List<UUID> actions(UUID id);

}
