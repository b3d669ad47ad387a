package org.hamkori.results;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * A programme without the public flag never shows where anyone may look: not on its pages
 * nor its results, workplan, timeline, guidance, indicator and report pages, not in the
 * mechanism's list, the search, a decision's guided activities, the published IATI file
 * (nor as a country part of it) or the public portal (its home, the mechanisms' public
 * pages and every page of the sitemap), whether the visitor is anonymous or signed in
 * without a seat in its mechanism.
 */
@HamkoriWebTest
class HiddenProgrammeTests {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRegister register;

	@Autowired
	ResultsFramework framework;

	@Autowired
	Guidance guidance;

	@Autowired
	ProgressReports reports;

	@Autowired
	IatiActivities iati;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(value = Visibility.class, names = { "MEMBERS", "RESTRICTED" })
	void aProgrammeWithoutThePublicFlagIsNowhereInPublic(Visibility visibility) throws Exception {
		String word = "Hiddenword" + UUID.randomUUID().toString().substring(0, 8);
		UUID iom = this.jdbc
			.sql("select id from organisation where acronym = 'IOM' and country_code is null order by id")
			.query(UUID.class)
			.list()
			.get(0);
		Programme hidden = this.register.create(this.directory.mechanismOrThrow("RCM").id(),
				new ProgrammeDetails(iom, null, LocalizedText.of("en", "Programme " + word), null,
						LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), EnumSet.of(ProgrammeTheme.PROTECTION),
						null, BudgetBand.UNKNOWN, null, null, visibility),
				ADMIN);
		ResultLevel outcome = this.framework.createLevel(hidden.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", LocalizedText.of("en", "Outcome " + word)), ADMIN);
		ResultLevel output = this.framework.createLevel(hidden.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", LocalizedText.of("en", "Output " + word)),
				ADMIN);
		ResultIndicator indicator = this.framework.createIndicator(hidden.id(), new IndicatorDetails(outcome.id(),
				"1.a", LocalizedText.of("en", "Indicator " + word), "people", null, null, null, null), ADMIN);
		this.framework.setTarget(indicator.id(), 2025, "TJ", "100", ADMIN);
		this.guidance.create(hidden.id(),
				new ActivityDetails(output.id(), "H1", LocalizedText.of("en", "Activity " + word), "TJ", iom,
						LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), ActivityStatus.COMPLETED, null, null,
						new BigDecimal("1000"), "USD"),
				"CCM-TJ/1/D1", null, ADMIN);
		ProgressReport report = this.reports.create(hidden.id(), "2025-H1", ADMIN);

		List<String> pages = List.of("/programmes/" + hidden.id(), "/programmes/" + hidden.id() + "/results",
				"/programmes/" + hidden.id() + "/workplan", "/programmes/" + hidden.id() + "/workplan/timeline",
				"/programmes/" + hidden.id() + "/guidance", "/results/indicators/" + indicator.id());
		for (String page : pages) {
			assertThat(this.mvc.get().uri(page)).as(page).hasStatus(404);
			assertThat(this.mvc.get().uri(page).with(as("secretariat.kz"))).as(page).hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/results/reports/" + report.id()).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/programmes/" + hidden.id() + "/reports").with(as("secretariat.kz")))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/RCM/programmes")).hasStatusOk().bodyText().doesNotContain(word);
		// the search page repeats the words asked for, never the programme
		String link = "/programmes/" + hidden.id();
		assertThat(this.mvc.get().uri("/search?q=" + word)).hasStatusOk().bodyText().doesNotContain(link);
		assertThat(this.mvc.get().uri("/search?q=" + word).with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.doesNotContain(link);
		assertThat(this.mvc.get().uri("/results/guided?record=CCM-TJ/1/D1").with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.doesNotContain(word);

		// not in the published IATI file, neither the programme nor its part in
		// Tajikistan
		String published = new String(
				this.mvc.get().uri("/iati/activities.xml").exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(published).contains("<iati-activities").doesNotContain(hidden.id().toString()).doesNotContain(word);
		assertThat(new String(this.iati.published().orElseThrow(), StandardCharsets.UTF_8))
			.doesNotContain(hidden.id().toString());
		String token = TestRequests.apiToken(this.mvc, "secretariat.kz");
		assertThat(this.mvc.get()
			.uri("/api/v1/programmes/" + hidden.id() + "/iati.xml")
			.header("Authorization", "Bearer " + token)).hasStatus(404);

		// nor on the public portal: its home, the mechanisms' public pages, the sitemap
		// and every page the sitemap lists, in every language
		String sitemap = this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString();
		assertThat(sitemap).contains("/public/RCM").doesNotContain(hidden.id().toString());
		java.util.Set<String> portal = new java.util.LinkedHashSet<>(List.of("/", "/public/RCM", "/public/CCM-TJ"));
		java.util.regex.Matcher loc = java.util.regex.Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>")
			.matcher(sitemap);
		while (loc.find()) {
			portal.add(loc.group(1));
		}
		assertThat(portal).hasSizeGreaterThan(5);
		for (String page : portal) {
			for (String lang : List.of("en", "ru", "kk", "ky", "tg", "uz")) {
				String body = this.mvc.get()
					.uri(page + "?lang=" + lang)
					.exchange()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				assertThat(body).as("%s in %s", page, lang).doesNotContain(word).doesNotContain(hidden.id().toString());
			}
		}
		// the RCM's public page does list its public programmes
		assertThat(this.mvc.get().uri("/public/RCM?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Labour Migration Programme in Central Asia");

		// while its own mechanism's members do see it (the test can fail)
		assertThat(this.mvc.get().uri("/programmes/" + hidden.id()).with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains(word);
		assertThat(new String(this.iati.of(hidden.id(), ADMIN), StandardCharsets.UTF_8))
			.contains(this.iati.identifier(hidden.id(), "TJ"));
	}

}
