package org.hamkori.search;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * A recommendation's "implemented by" action is picked by words from what the one search
 * finds, limited to the recommendation's mechanism and to what the secretariat may see; a
 * forged value links nothing.
 */
class ImplementedByPickerTests extends PickerWebTest {

	@Test
	void aRecommendationIsImplementedByAnActionPickedByWords() {
		String word = "Panjimpl" + Long.toString(System.nanoTime(), 36);
		UUID tajik = action("CCM-TJ", "Train border officers of " + word);
		UUID second = action("CCM-TJ", "Open a desk in " + word);
		UUID kazakh = action("CCM-KZ", "Hire inspectors of " + word);
		UUID issue = raise();
		UUID recommendation = recommend(issue);

		// words, not a list of every action
		assertThat(get("/issues/" + issue, "secretariat.tj")).contains("name=\"actionq\"")
			.contains("data-hx-get=\"/recommendations/" + recommendation + "/actions/find\"")
			.contains("name=\"for\" value=\"" + recommendation + "\"")
			.doesNotContain("<select name=\"action\"");

		// typeahead and the page without script offer the Tajik actions only
		for (MvcTestResult found : new MvcTestResult[] {
				this.mvc.get()
					.uri("/recommendations/" + recommendation + "/actions/find?actionq=" + word.toLowerCase())
					.header("HX-Request", "true")
					.with(as("secretariat.tj"))
					.exchange(),
				this.mvc.get()
					.uri("/issues/" + issue + "?actionq=" + word + "&for=" + recommendation)
					.with(as("secretariat.tj"))
					.exchange() }) {
			assertThat(found).hasStatusOk()
				.bodyText()
				.contains("value=\"action:" + tajik + "\"")
				.contains("<mark>" + word + "</mark>")
				.doesNotContain(kazakh.toString())
				.doesNotContain("Hire inspectors");
		}
		// another country's secretariat may not ask
		assertThat(this.mvc.get()
			.uri("/recommendations/" + recommendation + "/actions/find?actionq=" + word)
			.with(as("secretariat.kz"))).hasStatus(404);
		// nothing typed: a hint; words that match nothing: the empty state
		assertThat(get("/recommendations/" + recommendation + "/actions/find?actionq=", "secretariat.tj"))
			.doesNotContain("value=\"action:");
		assertThat(get("/recommendations/" + recommendation + "/actions/find?actionq=Nothingmatches" + word,
				"secretariat.tj"))
			.contains("No record you can see matches these words.");

		// forged: another country's action, another type, a malformed id, nothing
		for (String forged : new String[] { "action:" + kazakh, kazakh.toString(), "issue:" + tajik, "action:nope",
				"" }) {
			assertThat(post("/recommendations/" + recommendation + "/actions", "action", forged))
				.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.linkTarget");
		}
		assertThat(implementing(recommendation)).isZero();

		assertThat(post("/recommendations/" + recommendation + "/actions", "action", "action:" + tajik))
			.hasRedirectedUrl("/issues/" + issue + "?implemented");
		// the bare id earlier pages posted is still taken
		assertThat(post("/recommendations/" + recommendation + "/actions", "action", second.toString()))
			.hasRedirectedUrl("/issues/" + issue + "?implemented");
		assertThat(implementing(recommendation)).isEqualTo(2);
		// a linked action is no longer offered; when all that match are linked, the page
		// says so
		assertThat(get("/recommendations/" + recommendation + "/actions/find?actionq=" + word, "secretariat.tj"))
			.doesNotContain("value=\"action:" + tajik + "\"")
			.contains("Every record matching these words is already linked.")
			.doesNotContain("No record you can see matches these words.");

		// the problem in the reader's language
		assertThat(get("/issues/" + issue + "?problem=issue.error.linkTarget&lang=ru", "secretariat.tj"))
			.contains("Среди доступных вам записей");
		assertThat(get("/recommendations/" + recommendation + "/actions/find?actionq=" + word + "&lang=ru",
				"secretariat.tj"))
			.contains("Все записи с этими словами уже связаны.");
	}

	private long implementing(UUID recommendation) {
		return this.jdbc.sql("select count(*) from recommendation_action where recommendation_id = ?")
			.param(recommendation)
			.query(Long.class)
			.single();
	}

	private UUID action(String mechanism, String title) {
		return this.fixtures.action(mechanism, title);
	}

	private UUID raise() {
		MvcTestResult result = post("/mechanisms/CCM-TJ/issues", "title", "Implemented by search " + UUID.randomUUID(),
				"raisedBy", this.fixtures.organisation("MS").toString(), "gcm", "6", "mgi", "rights");
		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring("/issues/".length(), location.indexOf('?')));
	}

	private UUID recommend(UUID issue) {
		assertThat(post("/issues/" + issue + "/recommendations", "text", "Train the officers", "target",
				this.fixtures.organisation("MS").toString()))
			.hasRedirectedUrl("/issues/" + issue + "?recommended");
		return this.jdbc.sql("select id from recommendation where issue_id = ?")
			.param(issue)
			.query(UUID.class)
			.single();
	}

	private String get(String uri, String user) {
		return this.fixtures.get(uri, user);
	}

	private MvcTestResult post(String uri, String... params) {
		return this.fixtures.post("secretariat.tj", uri, params);
	}

}
