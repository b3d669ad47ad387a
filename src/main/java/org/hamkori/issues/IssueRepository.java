package org.hamkori.issues;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IssueRepository extends ListCrudRepository<Issue, UUID> {

	@Query("select * from issue where mechanism_id = :mechanismId order by updated_at desc")
	List<Issue> findByMechanismId(UUID mechanismId);

	@Query("""
			select * from issue where mechanism_id in (:mechanismIds) and updated_at > :since
			order by updated_at desc, id
			""")
	List<Issue> findChangedSince(java.util.Collection<UUID> mechanismIds, java.time.Instant since);

	@Query("select * from issue where incoming_from = :recommendationId")
	List<Issue> findByIncomingFrom(UUID recommendationId);

}
