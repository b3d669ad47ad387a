package org.hamkori.sdg;

import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Starting an SDG 10.7.2 round through its bound form: a year out of range is named in
 * the reader's language with the chosen visibility kept and no round stored, and a year
 * that is no number answers "not found" as it always did.
 */
@HamkoriWebTest
class RoundFormTests {

	static final String BASE = "/mechanisms/CCM-TJ/sdg-10-7-2";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearOutOfRangeIsNamedInTheReadersLanguageWithTheChoiceKept() {
		long before = rounds();
		assertThat(this.mvc.post()
			.uri(BASE + "?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("year", "1990")
			.param("visibility", "PUBLIC")).hasStatus(400)
			.bodyText()
			.contains("Выберите год от 2015 до следующего.")
			.containsPattern("value=\"PUBLIC\"\\s+selected");
		assertThat(this.mvc.post()
			.uri(BASE)
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("year", "twenty")
			.param("visibility", "PUBLIC")).hasStatus(404);
		assertThat(rounds()).isEqualTo(before);
	}

	private long rounds() {
		return this.jdbc.sql("select count(*) from sdg_round").query(Long.class).single();
	}

}
