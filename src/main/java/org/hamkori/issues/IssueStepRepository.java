package org.hamkori.issues;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IssueStepRepository extends ListCrudRepository<IssueStep, UUID> {

	@Query("select * from issue_step where issue_id = :issueId order by created_at, id")
	List<IssueStep> findByIssueId(UUID issueId);

}
