package org.hamkori.sdg;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The SDG 10.7.2 questionnaire through its pages and API on the real database: scores
 * read back after saving, the lock after submission, who may read and edit, isolation
 * between countries, the regional comparison of submitted rounds only, the live score,
 * refused input and the demo rounds. Each test works on a year of its own, cleared first,
 * so the demo rounds (2025) and reruns on a kept database do not interfere.
 */
@HamkoriWebTest
class Sdg1072RoundWebTests {

	static final String BASE = "/mechanisms/CCM-TJ/sdg-10-7-2";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void allYesScoresOneHundredAndRegularStatusOnlyHalvesDomainOne() {
		int year = fresh(2016);
		Map<String, String> answers = allYes();
		for (String item : List.of("1a", "1b", "1c", "1d", "1e")) {
			answers.put("answers[" + item + "]", "REGULAR_ONLY");
		}
		answers.put("comments[1d]", "Labour code, art. 12");
		assertThat(save(year, answers, "save")).hasStatus(302).hasRedirectedUrl(BASE + "/" + year + "?saved");

		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		String json = api(token, 200);
		assertThat(JsonPath.<List<Double>>read(json, "$[?(@.year == " + year + ")].domains.1")).containsExactly(50.0);
		assertThat(JsonPath.<List<Double>>read(json, "$[?(@.year == " + year + ")].domains.2")).containsExactly(100.0);
		assertThat(JsonPath.<List<String>>read(json, "$[?(@.year == " + year + ")].band")).containsExactly("MEETS");
		assertThat(JsonPath.<List<String>>read(json, "$[?(@.year == " + year + ")].answers.1d.comment"))
			.containsExactly("Labour code, art. 12");
		assertThat(JsonPath.<List<Double>>read(json, "$[?(@.year == " + year + ")].overall").get(0)).isCloseTo(91.666,
				org.assertj.core.data.Offset.offset(0.001));

		assertThat(save(year, allYes(), "save")).hasStatus(302);
		assertThat(this.mvc.get().uri(BASE + "/" + year).with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("id=\"overall-score\">100 %<")
			.contains("id=\"domain-score-1\">100 %<")
			.contains("Fully meets")
			.contains("All 30 items are answered.")
			.contains("Draft saved");
		json = api(token, 200);
		assertThat(JsonPath.<List<Double>>read(json, "$[?(@.year == " + year + ")].overall")).containsExactly(100.0);
		assertThat(JsonPath.<List<String>>read(json, "$[?(@.year == " + year + ")].band"))
			.containsExactly("FULLY_MEETS");
		assertThat(steps(year, "SAVED")).isEqualTo(2);
	}

	@Test
	void missingAnswersCountAsZeroAndAreListed() {
		int year = fresh(2017);
		Map<String, String> answers = allYes();
		answers.remove("answers[2c]");
		answers.remove("answers[6e]");
		assertThat(save(year, answers, "save")).hasStatus(302);
		assertThat(this.mvc.get().uri(BASE + "/" + year).with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("2 items are not answered yet and count as 0")
			.contains("href=\"#item-2c\"")
			.contains("href=\"#item-6e\"")
			.contains("id=\"domain-score-2\">80 %<");
	}

	@Test
	void aSubmittedRoundIsLockedAndASecondSaveIsRefusedWithNothingChanged() {
		int year = fresh(2018);
		Map<String, String> answers = allYes();
		answers.remove("answers[4b]");
		assertThat(save(year, answers, "review")).hasStatus(302).hasRedirectedUrl(BASE + "/" + year + "/submit");
		assertThat(this.mvc.get().uri(BASE + "/" + year + "/submit").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("Once submitted, the round is locked")
			.contains("4b — Recognition of skills and qualifications acquired abroad");
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year + "/submit")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("version", String.valueOf(version(year)))).hasStatus(302)
			.hasRedirectedUrl(BASE + "/" + year + "?submitted");
		assertThat(status(year)).isEqualTo("SUBMITTED");
		long version = version(year);
		Map<String, String> before = stored(year);

		Map<String, String> changed = allYes();
		changed.put("answers[3a]", "NO");
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year)
			.with(as("secretariat.tj"))
			.with(csrf())
			.params(form(changed, version, "save"))).hasStatus(409)
			.bodyText()
			.contains("This round was submitted and is locked");
		assertThat(stored(year)).isEqualTo(before);
		assertThat(version(year)).isEqualTo(version);
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year + "/submit")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("version", String.valueOf(version))).hasStatus(409);
		assertThat(this.mvc.get().uri(BASE + "/" + year).with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"sdg-form\"")
			.contains("Submitted and locked");
		assertThat(this.mvc.get().uri(BASE + "/" + year + "/submit").with(as("secretariat.tj"))).hasStatus(302);
	}

	@Test
	void anObserverReadsTheRoundButCannotChangeIt() {
		int year = fresh(2019);
		assertThat(save(year, allYes(), "save")).hasStatus(302);
		long version = version(year);
		Map<String, String> before = stored(year);
		assertThat(this.mvc.get().uri(BASE + "/" + year).with(as("observer.tj"))).hasStatusOk()
			.bodyText()
			.contains("Essential and/or emergency healthcare")
			.doesNotContain("id=\"sdg-form\"");
		assertThat(this.mvc.get().uri(BASE).with(as("observer.tj"))).hasStatusOk()
			.bodyText()
			.contains(year + " round")
			.doesNotContain("Start the round");
		Map<String, String> changed = allYes();
		changed.put("answers[1a]", "NO");
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year)
			.with(as("observer.tj"))
			.with(csrf())
			.params(form(changed, version, "save"))).hasStatus(403);
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year + "/submit")
			.with(as("observer.tj"))
			.with(csrf())
			.param("version", String.valueOf(version))).hasStatus(403);
		assertThat(this.mvc.post().uri(BASE).with(as("observer.tj")).with(csrf()).param("year", "2020")).hasStatus(403);
		assertThat(stored(year)).isEqualTo(before);
		assertThat(status(year)).isEqualTo("DRAFT");
	}

	@Test
	void anotherCountrysSecretariatGetsNotFoundOnTajikRounds() {
		int year = fresh(2020);
		assertThat(save(year, allYes(), "save")).hasStatus(302);
		long version = version(year);
		for (String url : List.of(BASE, BASE + "/" + year, BASE + "/2025", BASE + "/" + year + "/submit")) {
			assertThat(this.mvc.get().uri(url).with(as("secretariat.kz"))).as(url).hasStatus(404);
		}
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year)
			.with(as("secretariat.kz"))
			.with(csrf())
			.params(form(allYes(), version, "save"))).hasStatus(404);
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year + "/score")
			.with(as("secretariat.kz"))
			.with(csrf())
			.param("answers[1a]", "YES")).hasStatus(404);
		assertThat(this.mvc.get().uri("/regional/sdg-10-7-2").with(as("secretariat.kz"))).hasStatus(404);
		api(TestRequests.apiToken(this.mvc, "secretariat.kz"), 404);
		assertThat(version(year)).isEqualTo(version);
	}

	@Test
	void theRegionSeesSubmittedRoundsInTheComparisonAndNoDrafts() {
		int year = fresh(2021);
		assertThat(save(year, allYes(), "save")).hasStatus(302);
		// the demo has CCM-TJ 2025 submitted and CCM-KG 2025 as a draft
		assertThat(this.mvc.get().uri("/regional/sdg-10-7-2?year=2025").with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains("href=\"/mechanisms/CCM-TJ/sdg-10-7-2/2025\"")
			.doesNotContain("href=\"/mechanisms/CCM-KG/sdg-10-7-2/2025\"")
			.contains("No submitted round");
		assertThat(this.mvc.get().uri("/regional/sdg-10-7-2?year=" + year).with(as("regional"))).hasStatusOk()
			.bodyText()
			.doesNotContain("href=\"/mechanisms/CCM-TJ/sdg-10-7-2/" + year + "\"");
		assertThat(this.mvc.get().uri(BASE + "/" + year).with(as("regional"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-KG/sdg-10-7-2/2025").with(as("regional"))).hasStatus(404);
		assertThat(this.mvc.get().uri(BASE + "/2025").with(as("regional"))).hasStatusOk();
		assertThat(this.mvc.get().uri(BASE).with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains("2025 round")
			.doesNotContain(year + " round");
		String json = api(TestRequests.apiToken(this.mvc, "regional"), 200);
		assertThat(JsonPath.<List<Integer>>read(json, "$[*].year")).contains(2025).doesNotContain(year);
		assertThat(JsonPath.<List<String>>read(json, "$[*].status")).containsOnly("SUBMITTED");
		// the regional secretariat reads but does not fill in a country's round
		assertThat(
				this.mvc.post().uri(BASE + "/2025").with(as("regional")).with(csrf()).params(form(allYes(), 0, "save")))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/mechanisms/RCM/sdg-10-7-2").with(as("regional"))).hasStatus(302)
			.hasRedirectedUrl("/regional/sdg-10-7-2");
	}

	@Test
	void aRestrictedRoundIsReadByItsSecretariatOnlyOnEverySurface() {
		int year = fresh(2017);
		this.jdbc.sql("""
				update sdg_round set visibility = 'RESTRICTED' where round_year = ?
				and mechanism_id = (select id from mechanism where code = 'CCM-TJ')""").param(year).update();
		Map<String, String> answers = allYes();
		assertThat(save(year, answers, "save")).hasStatus(302);
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year + "/submit")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("version", String.valueOf(version(year)))).hasStatus(302);
		assertThat(status(year)).isEqualTo("SUBMITTED");
		assertThat(this.mvc.get().uri(BASE + "/" + year).with(as("secretariat.tj"))).hasStatusOk();
		assertThat(this.mvc.get().uri(BASE + "/" + year).with(as("admin"))).hasStatusOk();
		for (String user : List.of("observer.tj", "chair.tj", "regional", "focal.nbt.tj")) {
			assertThat(this.mvc.get().uri(BASE + "/" + year).with(as(user))).as(user).hasStatus(404);
			String json = api(TestRequests.apiToken(this.mvc, user), 200);
			assertThat(JsonPath.<List<Integer>>read(json, "$[*].year")).as(user).doesNotContain(year);
		}
		assertThat(this.mvc.get().uri("/regional/sdg-10-7-2?year=" + year).with(as("regional"))).hasStatusOk()
			.bodyText()
			.doesNotContain("href=\"/mechanisms/CCM-TJ/sdg-10-7-2/" + year + "\"");
	}

	@Test
	void theLiveScoreFollowsTheFormWithoutSavingAnything() {
		int year = fresh(2022);
		long version = version(year);
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year + "/score")
			.with(as("secretariat.tj"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("answers[1a]", "REGULAR_ONLY")
			.param("answers[1b]", "YES")
			.param("answers[2a]", "YES")).hasStatusOk()
			.bodyText()
			.contains("id=\"domain-score-1\">30 %<")
			.contains("id=\"domain-score-2\">20 %<")
			.contains("27 items are not answered yet")
			.doesNotContain("<html");
		assertThat(version(year)).isEqualTo(version);
		assertThat(stored(year)).isEmpty();
	}

	@Test
	void anAnswerTheItemDoesNotOfferOrAStaleVersionIsRefusedAndTheTypedAnswersAreKept() {
		int year = fresh(2023);
		Map<String, String> answers = allYes();
		answers.put("answers[2a]", "REGULAR_ONLY");
		answers.put("comments[2b]", "Kept comment " + UUID.randomUUID());
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year + "?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.params(form(answers, version(year), "save"))).hasStatus(400)
			.bodyText()
			.contains("Пункт 2a: выберите один из предложенных")
			.contains(answers.get("comments[2b]"));
		assertThat(stored(year)).isEmpty();

		long stale = version(year);
		assertThat(save(year, allYes(), "save")).hasStatus(302);
		Map<String, String> mine = allYes();
		mine.put("answers[5a]", "NO");
		mine.put("comments[5a]", "Mine " + UUID.randomUUID());
		assertThat(this.mvc.post()
			.uri(BASE + "/" + year)
			.with(as("secretariat.tj"))
			.with(csrf())
			.params(form(mine, stale, "save"))).hasStatus(409)
			.bodyText()
			.contains("saved this round after you opened it")
			.contains(mine.get("comments[5a]"));
		assertThat(stored(year)).containsEntry("5a", "YES");
	}

	@Test
	void aRoundIsStartedOncePerYearAndNotForTheRegion() {
		int year = fresh(2024);
		assertThat(this.mvc.post()
			.uri(BASE)
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("year", String.valueOf(year))
			.param("visibility", "MEMBERS")).hasStatus(400).bodyText().contains("already has a round for that year");
		assertThat(this.mvc.post().uri(BASE).with(as("secretariat.tj")).with(csrf()).param("year", "1999"))
			.hasStatus(400)
			.bodyText()
			.contains("Choose a year from 2015");
		assertThat(this.mvc.post()
			.uri("/mechanisms/RCM/sdg-10-7-2")
			.with(as("regional"))
			.with(csrf())
			.param("year", "2024")).hasStatus(400);
	}

	@Test
	void theDemoHasASubmittedTajikRoundAndAKyrgyzDraft() {
		assertThat(this.jdbc
			.sql("select r.status from sdg_round r join mechanism m on m.id = r.mechanism_id "
					+ "where m.code = 'CCM-TJ' and r.round_year = 2025")
			.query(String.class)
			.single()).isEqualTo("SUBMITTED");
		assertThat(this.jdbc
			.sql("select r.status from sdg_round r join mechanism m on m.id = r.mechanism_id "
					+ "where m.code = 'CCM-KG' and r.round_year = 2025")
			.query(String.class)
			.single()).isEqualTo("DRAFT");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-KG/sdg-10-7-2/2025").with(as("secretariat.kg"))).hasStatusOk()
			.bodyText()
			.contains("id=\"sdg-form\"");
		assertThat(this.mvc.get().uri(BASE + "/2025?lang=tg").with(as("observer.tj"))).hasStatusOk()
			.bodyText()
			.contains("Ёрии тиббии асосӣ ва/ё таъҷилӣ")
			.contains("Ҳа, танҳо барои муҳоҷирони дорои мақоми қонунӣ")
			.contains("Пешниҳод ва баста шуд")
			.contains("demo.secretariat")
			.doesNotContain("id=\"sdg-form\"");
		// the self-assessment is linked from the mechanism's Data page (one mechanism
		// navigation,
		// issue 14)
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/data-sets?lang=tg").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("href=\"/mechanisms/CCM-TJ/sdg-10-7-2\"");
	}

	// --- helpers
	// -------------------------------------------------------------------------

	/** Clears the year for CCM-TJ and starts its round afresh as the secretariat. */
	int fresh(int year) {
		List<UUID> rounds = this.jdbc
			.sql("select r.id from sdg_round r join mechanism m on m.id = r.mechanism_id "
					+ "where m.code = 'CCM-TJ' and r.round_year = ?")
			.param(year)
			.query(UUID.class)
			.list();
		for (UUID id : rounds) {
			this.jdbc
				.sql("delete from sdg_step_change where step_id in (select id from sdg_round_step where round_id = ?)")
				.param(id)
				.update();
			this.jdbc.sql("delete from sdg_round_step where round_id = ?").param(id).update();
			this.jdbc.sql("delete from sdg_answer where round_id = ?").param(id).update();
			this.jdbc.sql("delete from sdg_round where id = ?").param(id).update();
		}
		assertThat(this.mvc.post()
			.uri(BASE)
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("year", String.valueOf(year))
			.param("visibility", "MEMBERS")).hasStatus(302).hasRedirectedUrl(BASE + "/" + year + "?created");
		return year;
	}

	static Map<String, String> allYes() {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Sdg1072Items.Item item : Sdg1072Items.ALL) {
			answers.put("answers[" + item.code() + "]", "YES");
		}
		return answers;
	}

	MvcTestResult save(int year, Map<String, String> answers, String intent) {
		return this.mvc.post()
			.uri(BASE + "/" + year)
			.with(as("secretariat.tj"))
			.with(csrf())
			.params(form(answers, version(year), intent))
			.exchange();
	}

	static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> answers, long version,
			String intent) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		answers.forEach(form::add);
		form.add("version", String.valueOf(version));
		form.add("intent", intent);
		return form;
	}

	String api(String token, int status) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/mechanisms/CCM-TJ/sdg-10-7-2")
			.header("Authorization", "Bearer " + token)
			.exchange();
		assertThat(result).hasStatus(status);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	long version(int year) {
		return this.jdbc
			.sql("select r.version from sdg_round r join mechanism m on m.id = r.mechanism_id "
					+ "where m.code = 'CCM-TJ' and r.round_year = ?")
			.param(year)
			.query(Long.class)
			.single();
	}

	String status(int year) {
		return this.jdbc
			.sql("select r.status from sdg_round r join mechanism m on m.id = r.mechanism_id "
					+ "where m.code = 'CCM-TJ' and r.round_year = ?")
			.param(year)
			.query(String.class)
			.single();
	}

	long steps(int year, String action) {
		return this.jdbc
			.sql("select count(*) from sdg_round_step s join sdg_round r on r.id = s.round_id "
					+ "join mechanism m on m.id = r.mechanism_id where m.code = 'CCM-TJ' and r.round_year = ? "
					+ "and s.action = ?")
			.params(year, action)
			.query(Long.class)
			.single();
	}

	/** The stored answers of the year, item to answer (comments appended after a bar). */
	Map<String, String> stored(int year) {
		Map<String, String> stored = new java.util.TreeMap<>();
		this.jdbc
			.sql("select a.item, a.answer, a.comment from sdg_answer a join sdg_round r on r.id = a.round_id "
					+ "join mechanism m on m.id = r.mechanism_id where m.code = 'CCM-TJ' and r.round_year = ?")
			.param(year)
			.query((rs, n) -> Map.entry(rs.getString(1),
					rs.getString(2) + ((rs.getString(3) != null) ? "|" + rs.getString(3) : "")))
			.list()
			.forEach((e) -> stored.put(e.getKey(), e.getValue()));
		return stored;
	}

}
