package org.hamkori.issues;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PolicyChangeRepository extends ListCrudRepository<PolicyChange, UUID> {

	@Query("select * from policy_change where mechanism_id = :mechanismId order by adopted_on desc")
	List<PolicyChange> findByMechanismId(UUID mechanismId);

	@Query("""
			select p.* from policy_change p join policy_change_answer a on a.policy_change_id = p.id
			where a.recommendation_id = :recommendationId order by p.adopted_on
			""")
	List<PolicyChange> answering(UUID recommendationId);

}
