package org.hamkori.actions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActionUpdateRepository extends ListCrudRepository<ActionUpdate, UUID> {

	@Query("select * from action_update where action_id = :actionId order by created_at desc, id")
	List<ActionUpdate> findByAction(UUID actionId);

}
