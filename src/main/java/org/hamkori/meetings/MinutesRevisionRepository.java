package org.hamkori.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MinutesRevisionRepository extends ListCrudRepository<MinutesRevision, UUID> {

	@Query("select * from minutes_revision where minutes_id = :minutesId order by revision desc")
	List<MinutesRevision> findByMinutesId(UUID minutesId);

}
