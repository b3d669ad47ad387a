package org.hamkori.issues;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IssueRepository extends ListCrudRepository<Issue, UUID> {

	@Query("select * from issue where mechanism_id = :mechanismId order by updated_at desc")
	List<Issue> findByMechanismId(UUID mechanismId);

}

interface IssueSteps extends ListCrudRepository<IssueStep, UUID> {

	@Query("select * from issue_step where issue_id = :issueId order by created_at, id")
	List<IssueStep> findByIssueId(UUID issueId);

}

interface IssueLinks extends ListCrudRepository<IssueLink, UUID> {

	@Query("select * from issue_link where issue_id = :issueId order by created_at")
	List<IssueLink> findByIssueId(UUID issueId);

	@Query("select * from issue_link where kind = :kind and target_id = :targetId")
	List<IssueLink> findByTarget(String kind, UUID targetId);

}

interface Recommendations extends ListCrudRepository<Recommendation, UUID> {

	@Query("select * from recommendation where issue_id = :issueId order by created_at")
	List<Recommendation> findByIssueId(UUID issueId);

	@Query("select * from recommendation where decision_id = :decisionId")
	List<Recommendation> findByDecisionId(UUID decisionId);

	@Query("select organisation_id from recommendation_target where recommendation_id = :id")
	List<UUID> targets(UUID id);

	@Query("select action_id from recommendation_action where recommendation_id = :id")
	List<UUID> actions(UUID id);

}

interface PolicyChanges extends ListCrudRepository<PolicyChange, UUID> {

	@Query("select * from policy_change where mechanism_id = :mechanismId order by adopted_on desc")
	List<PolicyChange> findByMechanismId(UUID mechanismId);

	@Query("select p.* from policy_change p join policy_change_answer a on a.policy_change_id = p.id "
			+ "where a.recommendation_id = :recommendationId order by p.adopted_on")
	List<PolicyChange> answering(UUID recommendationId);

}

interface Escalations extends ListCrudRepository<Escalation, UUID> {

	@Query("select * from escalation where issue_id = :issueId")
	Optional<Escalation> findByIssueId(UUID issueId);

	@Query("select * from escalation order by escalated_at desc")
	List<Escalation> findAllLatestFirst();

	@Query("select * from escalation where regional_issue = :regionalIssue")
	List<Escalation> findByRegionalIssue(UUID regionalIssue);

}

interface IncomingItems extends ListCrudRepository<IncomingItem, UUID> {

	@Query("select * from incoming_item where recommendation_id = :recommendationId")
	List<IncomingItem> findByRecommendationId(UUID recommendationId);

	@Query("select * from incoming_item where mechanism_id = :mechanismId order by created_at desc")
	List<IncomingItem> findByMechanismId(UUID mechanismId);

	@Query("select * from incoming_item where issue_id = :issueId")
	Optional<IncomingItem> findByIssueId(UUID issueId);

}
