package org.hamkori.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

	Optional<Person> findByEmailIgnoreCase(String email);

}
