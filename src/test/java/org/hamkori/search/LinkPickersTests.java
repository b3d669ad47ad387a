package org.hamkori.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.ActionStatus;
import org.hamkori.actions.NewAction;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The search pickers beyond an issue's evidence: a person links a record by typing words
 * and choosing among what the one search finds for them, never by pasting an identifier.
 * Each picker offers only records the person may see (and of the right mechanism), and a
 * forged posted value is refused.
 */
@HamkoriWebTest
class LinkPickersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeRegister programmes;

	@Autowired
	ActionItems actions;

	@Autowired
	SearchIndexer indexer;

	@Test
	void anActionReferencesAProgrammePickedByWords() {
		String word = "Vakhshpick" + Long.toString(System.nanoTime(), 36);
		Programme tajik = programme("CCM-TJ", "Returnee jobs in " + word + " valley", Visibility.MEMBERS);
		Programme kazakh = programme("CCM-KZ", "Seasonal hiring of " + word + " region", Visibility.MEMBERS);
		Programme kyrgyz = programme("CCM-KG", "Open skills of " + word + " towns", Visibility.PUBLIC);
		UUID action = action("CCM-TJ", "Work with partners " + word);

		// the page asks for words, not for a choice from a list of identifiers
		assertThat(get("/actions/" + action, "secretariat.tj")).contains("name=\"programmeq\"")
			.contains("data-hx-get=\"/actions/" + action + "/programmes/find\"")
			.doesNotContain("<select name=\"programme\"");

		// typeahead (htmx) and the page without script offer the same choice: the Tajik
		// programme only, neither the Kazakh members-only one nor the public Kyrgyz one
		for (MvcTestResult found : new MvcTestResult[] {
				this.mvc.get()
					.uri("/actions/" + action + "/programmes/find?programmeq=" + word.toLowerCase())
					.header("HX-Request", "true")
					.with(as("secretariat.tj"))
					.exchange(),
				this.mvc.get()
					.uri("/actions/" + action + "?programmeq=" + word)
					.with(as("secretariat.tj"))
					.exchange() }) {
			assertThat(found).hasStatusOk()
				.bodyText()
				.contains("value=\"programme:" + tajik.id() + "\"")
				.contains("<mark>" + word + "</mark>")
				.doesNotContain(kazakh.id().toString())
				.doesNotContain("Seasonal hiring")
				.doesNotContain(kyrgyz.id().toString());
		}
		// the Kazakh secretariat may not even ask on a Tajik action
		assertThat(this.mvc.get()
			.uri("/actions/" + action + "/programmes/find?programmeq=" + word)
			.with(as("secretariat.kz"))).hasStatus(404);
		// nothing typed: a hint, no choice
		assertThat(get("/actions/" + action + "/programmes/find?programmeq=", "secretariat.tj"))
			.doesNotContain("value=\"programme:");

		// a forged value: another country's programme, a public one of another mechanism,
		// another type, a bare id, nothing at all
		for (String forged : new String[] { "programme:" + kazakh.id(), "programme:" + kyrgyz.id(),
				"issue:" + tajik.id(), tajik.id().toString(), "programme:not-an-id", "" }) {
			assertThat(post("/actions/" + action + "/programmes", "programme", forged))
				.hasRedirectedUrl("/actions/" + action + "?problem=actions.programme.unknown#programmes");
		}
		assertThat(linked(action)).isZero();

		assertThat(post("/actions/" + action + "/programmes", "programme", "programme:" + tajik.id()))
			.hasRedirectedUrl("/actions/" + action + "?programmeLinked#programmes");
		assertThat(linked(action)).isEqualTo(1);
		String page = get("/actions/" + action + "?programmeq=" + word, "secretariat.tj");
		assertThat(page).contains("href=\"/programmes/" + tajik.id() + "\"")
			// the linked programme is no longer offered, and the page says why the list
			// is empty
			.doesNotContain("value=\"programme:" + tajik.id() + "\"")
			.contains("Every record matching these words is already linked.");
	}

	@Test
	void libraryDocumentsAreFoundAsTheirOwnTypeByThoseWhoMaySeeThem() throws Exception {
		String word = "Khujandlib" + Long.toString(System.nanoTime(), 36);
		UUID tajik = libraryDocument("CCM-TJ", "Labour law digest of " + word, "MEMBERS");
		UUID kazakh = libraryDocument("CCM-KZ", "Quota study of " + word, "MEMBERS");
		String found = get("/search?q=" + word + "&type=library", "secretariat.tj");
		assertThat(found).contains("/library/" + tajik).doesNotContain(kazakh.toString()).doesNotContain("Quota study");
		assertThat(get("/search?q=" + word + "&type=library", "secretariat.kz")).contains("/library/" + kazakh)
			.doesNotContain(tajik.toString());
		assertThat(this.mvc.get().uri("/search?q=" + word).exchange().getResponse().getContentAsString())
			.doesNotContain(tajik.toString())
			.doesNotContain(kazakh.toString());
	}

	@Test
	void theProblemIsShownInTheReadersLanguage() {
		UUID action = action("CCM-TJ", "Language of the problem " + UUID.randomUUID());
		assertThat(get("/actions/" + action + "?problem=actions.programme.unknown&lang=ru", "secretariat.tj"))
			.contains("Выберите");
	}

	private long linked(UUID action) {
		return this.jdbc.sql("select count(*) from action_programme where action_id = ?")
			.param(action)
			.query(Long.class)
			.single();
	}

	private UUID action(String mechanism, String title) {
		UUID owner = this.jdbc.sql("""
				select id from organisation where acronym = 'NBT' and country_code = 'TJ'
				""").query(UUID.class).list().get(0);
		ActionItem item = this.actions.createForDemo(new NewAction(mechanism(mechanism),
				LocalizedText.of(Map.of("en", title)), owner, null, LocalDate.of(2030, 1, 1), null, null, null),
				ActionStatus.OPEN, null);
		return item.id();
	}

	private Programme programme(String mechanism, String title, Visibility visibility) {
		UUID implementer = this.jdbc.sql("select id from organisation order by id fetch first 1 rows only")
			.query(UUID.class)
			.single();
		Programme programme = this.programmes.createForDemo(mechanism(mechanism),
				new ProgrammeDetails(implementer, null, LocalizedText.of("en", title), null, LocalDate.of(2025, 1, 1),
						null, EnumSet.of(ProgrammeTheme.values()[0]), null, BudgetBand.UNKNOWN, null, null,
						visibility));
		this.indexer.reindex("programme", programme.id());
		return programme;
	}

	private UUID libraryDocument(String mechanism, String title, String visibility) {
		UUID id = UUID.randomUUID();
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.parse("2026-11-02T09:00:00Z"));
		this.jdbc.sql("""
				insert into library_document (id, mechanism_id, category, title, description, visibility, created_at,
				created_by, updated_at, updated_by, version) values (?, ?, 'STUDIES', ?, ?, ?, ?, 'test', ?, 'test', 0)
				""").params(id, mechanism(mechanism), title, "About " + title, visibility, now, now).update();
		this.indexer.reindex("library-document", id);
		return id;
	}

	private UUID mechanism(String code) {
		return this.jdbc.sql("select id from mechanism where code = ?").param(code).query(UUID.class).single();
	}

	private String get(String uri, String user) {
		MvcTestResult result = this.mvc.get().uri(uri).with(as(user)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult post(String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(as("secretariat.tj")).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
