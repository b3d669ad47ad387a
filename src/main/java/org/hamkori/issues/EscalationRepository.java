package org.hamkori.issues;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EscalationRepository extends ListCrudRepository<Escalation, UUID> {

	@Query("select * from escalation where issue_id = :issueId")
	Optional<Escalation> findByIssueId(UUID issueId);

	@Query("select * from escalation order by escalated_at desc")
	List<Escalation> findAllLatestFirst();

	@Query("select * from escalation where regional_issue = :regionalIssue")
	List<Escalation> findByRegionalIssue(UUID regionalIssue);

}
