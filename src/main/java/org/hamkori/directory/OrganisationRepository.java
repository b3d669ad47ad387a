package org.hamkori.directory;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, UUID> {

}
