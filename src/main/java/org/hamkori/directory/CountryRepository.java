package org.hamkori.directory;

import org.springframework.data.repository.ListCrudRepository;

interface CountryRepository extends ListCrudRepository<Country, String> {

}
