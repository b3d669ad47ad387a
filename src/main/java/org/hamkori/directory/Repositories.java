package org.hamkori.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Countries extends ListCrudRepository<Country, String> {

}

interface Mechanisms extends ListCrudRepository<Mechanism, UUID> {

	@Query("select * from mechanism where code = :code")
	Optional<Mechanism> findByCode(String code);

}

interface Organisations extends ListCrudRepository<Organisation, UUID> {

}

interface People extends ListCrudRepository<Person, UUID> {

	Optional<Person> findByEmailIgnoreCase(String email);

}

interface Memberships extends ListCrudRepository<Membership, UUID> {

	@Query("select * from membership where person_id = :personId")
	List<Membership> findByPersonId(UUID personId);

	List<Membership> findByOrganisationId(UUID organisationId);

	List<Membership> findByMechanismId(UUID mechanismId);

}
