package org.hamkori.search;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Linking by search, through the pages: a secretariat types words on an issue's page,
 * picks a record from what the one search finds (with htmx or with the "find" button),
 * and the link posts the record's type and id; nobody pastes an identifier, and a record
 * of another country is neither offered nor accepted.
 */
@HamkoriWebTest
class LinkBySearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeRegister programmes;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	ApplicationContext context;

	@Test
	void evidenceIsLinkedByWordsAndAnotherCountrysRecordIsNotOffered() throws Exception {
		String word = "Zarafshonlink" + Long.toString(System.nanoTime(), 36);
		Programme tajik = programme("CCM-TJ", "Returnee support in " + word + " valley");
		Programme kazakh = programme("CCM-KZ", "Seasonal workers of " + word + " region");
		this.indexer.reindex("programme", tajik.id());
		this.indexer.reindex("programme", kazakh.id());
		UUID issue = raise();

		// the old identifier field is gone; a search box and a find button take its place
		String page = page(issue);
		assertThat(page).contains("name=\"linkq\"")
			.contains("data-hx-get=\"/issues/" + issue + "/links/find\"")
			.doesNotContain("name=\"target\" maxlength=\"60\"")
			.doesNotContain("name=\"kind\"");

		// typeahead (htmx) and the page without script offer the same choices
		for (MvcTestResult found : List.of(
				this.mvc.get()
					.uri("/issues/" + issue + "/links/find?linkq=" + word.toLowerCase())
					.header("HX-Request", "true")
					.with(as("secretariat.tj"))
					.exchange(),
				this.mvc.get().uri("/issues/" + issue + "?linkq=" + word).with(as("secretariat.tj")).exchange())) {
			assertThat(found).hasStatusOk()
				.bodyText()
				.contains("value=\"programme:" + tajik.id() + "\"")
				.contains("<mark>" + word + "</mark>")
				.doesNotContain(kazakh.id().toString())
				.doesNotContain("Seasonal workers");
		}
		// another country may not even ask on this issue (its own finds it: next test)
		assertThat(this.mvc.get().uri("/issues/" + issue + "/links/find?linkq=" + word).with(as("secretariat.kz")))
			.hasStatus(404);

		assertThat(post("/issues/" + issue + "/links", "record", "programme:" + tajik.id()))
			.hasRedirectedUrl("/issues/" + issue + "?linked");
		assertThat(this.jdbc.sql("select target_id from issue_link where issue_id = ? and kind = 'PROGRAMME'")
			.param(issue)
			.query(UUID.class)
			.list()).containsExactly(tajik.id());
		assertThat(this.mvc.get().uri("/issues/" + issue).with(as("secretariat.tj"))).bodyText()
			.contains("/programmes/" + tajik.id());

		// posting the hidden record anyway, or a type evidence cannot be, is refused
		assertThat(post("/issues/" + issue + "/links", "record", "programme:" + kazakh.id()))
			.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.linkTarget");
		assertThat(post("/issues/" + issue + "/links", "record", "person:" + tajik.id()))
			.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.linkTarget");
		assertThat(post("/issues/" + issue + "/links", "record", tajik.id().toString()))
			.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.linkTarget");
		assertThat(this.jdbc.sql("select count(*) from issue_link where issue_id = ?")
			.param(issue)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theKazakhProgrammeIsFoundByItsOwnSecretariat() {
		String word = "Zarafshonown" + Long.toString(System.nanoTime(), 36);
		Programme kazakh = programme("CCM-KZ", "Seasonal workers of " + word + " region");
		this.indexer.reindex("programme", kazakh.id());
		UUID kazakhIssue = this.jdbc
			.sql("select id from issue where mechanism_id = (select id from mechanism where code = 'CCM-KZ')")
			.query(UUID.class)
			.list()
			.get(0);
		assertThat(this.mvc.get()
			.uri("/issues/" + kazakhIssue + "/links/find?linkq=" + word)
			.header("HX-Request", "true")
			.with(as("secretariat.kz"))).hasStatusOk().bodyText().contains("value=\"programme:" + kazakh.id() + "\"");
	}

	@Test
	void aRecommendationCitesADecisionChosenBySearch() throws Exception {
		UUID issue = raise();
		String page = page(issue);
		assertThat(page).contains("name=\"decisionq\"").doesNotContain("name=\"decision\" maxlength");
		UUID other = this.jdbc
			.sql("select d.id from decision d join meeting m on m.id = d.meeting_id "
					+ "where m.mechanism_id = (select id from mechanism where code = 'CCM-KZ')")
			.query(UUID.class)
			.list()
			.stream()
			.findFirst()
			.orElse(UUID.randomUUID());
		assertThat(post("/issues/" + issue + "/recommendations", "text", "Cite a hidden decision", "target",
				org("MS").toString(), "decision", "decision:" + other))
			.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.linkTarget");
	}

	private String page(UUID issue) throws Exception {
		return this.mvc.get()
			.uri("/issues/" + issue)
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private Programme programme(String mechanism, String title) {
		UUID mechanismId = this.jdbc.sql("select id from mechanism where code = ?")
			.param(mechanism)
			.query(UUID.class)
			.single();
		UUID implementer = this.jdbc.sql("select id from organisation order by id fetch first 1 rows only")
			.query(UUID.class)
			.single();
		return this.programmes.createForDemo(mechanismId,
				new ProgrammeDetails(implementer, null, LocalizedText.of("en", title), null,
						java.time.LocalDate.of(2025, 1, 1), null, EnumSet.of(ProgrammeTheme.values()[0]), null,
						BudgetBand.UNKNOWN, null, null, Visibility.MEMBERS));
	}

	private UUID raise() {
		MvcTestResult result = post("/mechanisms/CCM-TJ/issues", "title", "Evidence by search " + UUID.randomUUID(),
				"raisedBy", org("MS").toString(), "gcm", "6", "mgi", "rights");
		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring("/issues/".length(), location.indexOf('?')));
	}

	private UUID org(String acronym) {
		return new PickerFixtures(this.context).organisation(acronym);
	}

	private MvcTestResult post(String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(as("secretariat.tj")).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
