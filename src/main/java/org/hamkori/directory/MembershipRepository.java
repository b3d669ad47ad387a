package org.hamkori.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MembershipRepository extends ListCrudRepository<Membership, UUID> {

	@Query("select * from membership where person_id = :personId")
	List<Membership> findByPersonId(UUID personId);

	List<Membership> findByOrganisationId(UUID organisationId);

	List<Membership> findByMechanismId(UUID mechanismId);

}
