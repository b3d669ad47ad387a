package org.hamkori.directory;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The organisation list pages, filters and searches; secretariats add organisations named
 * in any language.
 */
@HamkoriWebTest
class OrganisationWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theListIsPagedAndAPageOutOfRangeShowsTheLastOne() {
		assertThat(this.mvc.get().uri("/organisations")).hasStatusOk()
			.bodyText()
			.containsPattern("Page 1 of \\d+")
			.contains("rel=\"next\"");
		assertThat(this.mvc.get().uri("/organisations?page=999")).hasStatusOk()
			.bodyText()
			.doesNotContain("rel=\"next\"");
	}

	@Test
	void searchFindsNamesInAnyLanguageAndAcronyms() {
		assertThat(this.mvc.get().uri("/organisations?q=Бонки")).bodyText().contains("National Bank of Tajikistan");
		assertThat(this.mvc.get().uri("/organisations?q=NBT")).bodyText().contains("National Bank of Tajikistan");
		assertThat(this.mvc.get().uri("/organisations?q=zzzz-nothing")).bodyText().contains("No organisations match");
		assertThat(this.mvc.get().uri("/organisations?type=CENTRAL_BANK")).bodyText()
			.contains("National Bank of Tajikistan")
			.doesNotContain("Migration Service");
	}

	@Test
	void aSecretariatAddsAnOrganisationNamedInTajikOnly() {
		String name = "Маркази нав " + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/organisations")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("nameTg", name)
			.param("type", "RESEARCH")
			.param("countryCode", "TJ")).hasStatus(302);
		assertThat(this.mvc.get().uri("/organisations?q=" + name.substring(0, 11) + "&lang=tg")).bodyText()
			.contains(name);
	}

	@Test
	void theSecretariatCorrectsNamesAndAStaleSaveIsAConflict() {
		String name = "Research Centre " + UUID.randomUUID();
		this.mvc.post()
			.uri("/organisations")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("nameEn", name)
			.param("type", "RESEARCH")
			.exchange();
		UUID id = this.jdbc.sql("select id from organisation where name like ?")
			.param("%" + name + "%")
			.query(UUID.class)
			.single();
		assertThat(this.mvc.get().uri("/organisations/" + id + "/edit").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains(name);
		assertThat(edit(id, name + " (renamed)", 0)).hasStatus(302);
		assertThat(this.mvc.get().uri("/organisations/" + id)).bodyText().contains(name + " (renamed)");
		assertThat(edit(id, name + " (stale)", 0)).hasStatusOk().bodyText().contains("Someone else saved this record");
		assertThat(this.mvc.get().uri("/organisations/" + id)).bodyText().doesNotContain("(stale)");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult edit(UUID id, String name, int version) {
		return this.mvc.post()
			.uri("/organisations/" + id)
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("nameEn", name)
			.param("type", "RESEARCH")
			.param("version", String.valueOf(version))
			.exchange();
	}

	@Test
	void anOrganisationNeedsANameAndMembersCannotAddOne() {
		assertThat(this.mvc.post()
			.uri("/organisations")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("type", "RESEARCH")
			.param("website", "ftp://nope")).hasStatusOk()
			.bodyText()
			.contains("Give the organisation", "Enter a web address");
		assertThat(this.mvc.post()
			.uri("/organisations")
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("nameEn", "Sneaky")
			.param("type", "RESEARCH")).hasStatus(403);
	}

}
