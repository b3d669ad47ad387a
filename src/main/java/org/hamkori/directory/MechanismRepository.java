package org.hamkori.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MechanismRepository extends ListCrudRepository<Mechanism, UUID> {

	@Query("select * from mechanism where code = :code")
	Optional<Mechanism> findByCode(String code);

}
