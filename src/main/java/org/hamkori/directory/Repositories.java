package org.hamkori.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Countries extends ListCrudRepository<Country, String> {

}

interface Mechanisms extends ListCrudRepository<Mechanism, UUID> {

	Optional<Mechanism> findByCode(String code);

}

interface Organisations extends ListCrudRepository<Organisation, UUID> {

}

interface People extends ListCrudRepository<Person, UUID> {

	Optional<Person> findByEmailIgnoreCase(String email);

}

interface Memberships extends ListCrudRepository<Membership, UUID> {

	List<Membership> findByPersonId(UUID personId);

	List<Membership> findByOrganisationId(UUID organisationId);

	List<Membership> findByMechanismId(UUID mechanismId);

}
