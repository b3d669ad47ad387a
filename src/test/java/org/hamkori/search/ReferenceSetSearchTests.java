package org.hamkori.search;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * International reference sets are found by the one search, by their name, code and
 * source, as their pages are seen: a public set by anyone, a members-only set by the
 * regional mechanism's members only.
 */
@HamkoriWebTest
class ReferenceSetSearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	ApplicationContext context;

	@Test
	void referenceSetsAreFoundByThoseWhoMaySeeTheirPages() {
		String word = "Remitref" + Long.toString(System.nanoTime(), 36);
		UUID open = create("Open remittances of " + word, "PUBLIC");
		UUID closed = create("Closed remittances of " + word, "MEMBERS");

		// the keepers find both, under their own type
		assertThat(get("/search?q=" + word + "&type=reference_set", "regional")).contains("/reference-sets/" + open)
			.contains("/reference-sets/" + closed);
		// anyone finds the public one, never the members-only one nor its title
		for (String user : new String[] { null, "secretariat.kz" }) {
			assertThat(get("/search?q=" + word, user)).contains("/reference-sets/" + open)
				.doesNotContain(closed.toString())
				.doesNotContain("Closed remittances");
		}
		// by its source's name too
		assertThat(get("/search?q=" + word + " Worldref", "regional")).contains("/reference-sets/" + open);
	}

	private UUID create(String name, String visibility) {
		String code = "REF_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		assertThat(this.mvc.post()
			.uri("/reference-sets")
			.with(as("regional"))
			.with(csrf())
			.param("code", code)
			.param("name", name)
			.param("indicators", "REMITTANCES")
			.param("periodicity", "ANNUAL")
			.param("visibility", visibility)
			.param("sourceName", "Worldref Bank WDI")
			.param("sourceUrl", "https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT")
			.param("sourceRetrieved", TestClock.today().minusDays(3).toString())
			.exchange()).hasStatus(302);
		UUID id = this.jdbc.sql("select id from data_set where code = ?").param(code).query(UUID.class).single();
		this.indexer.reindex("reference-set", id);
		return id;
	}

	private String get(String uri, String user) {
		return new PickerFixtures(this.context).get(uri, user);
	}

}
