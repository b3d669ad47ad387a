package org.hamkori.issues;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IssueLinkRepository extends ListCrudRepository<IssueLink, UUID> {

	@Query("select * from issue_link where issue_id = :issueId order by created_at")
	List<IssueLink> findByIssueId(UUID issueId);

	@Query("select * from issue_link where kind = :kind and target_id = :targetId")
	List<IssueLink> findByTarget(String kind, UUID targetId);

}
