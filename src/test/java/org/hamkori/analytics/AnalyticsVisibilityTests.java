package org.hamkori.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The one visibility rule, seen through every door: the explorer page, the dashboard, the
 * exports and the API. Members-only figures of CCM-TJ never reach Kazakhstan's
 * secretariat, reach the regional mechanism only once accepted for the regional view, and
 * restricted ones reach only the secretariat and the reporting institution.
 */
@HamkoriWebTest
class AnalyticsVisibilityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	static String value() {
		return (100_000 + ThreadLocalRandom.current().nextInt(800_000)) + ".25";
	}

	private String page(String user, String mechanism, String view, String indicator, int year) {
		MvcTestResult result = this.mvc.get()
			.uri("/mechanisms/{m}/analytics?view={v}&indicator={i}&from={y}&to={y}", mechanism, view, indicator, year,
					year)
			.with(as(user))
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private String csv(String user, String mechanism, String view, String indicator, int year) {
		MvcTestResult result = this.mvc.get()
			.uri("/mechanisms/{m}/analytics/export?format=CSV&view={v}&indicator={i}&from={y}&to={y}", mechanism, view,
					indicator, year, year)
			.with(as(user))
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private String api(String user, String mechanism, String indicator, int year) {
		String token = TestRequests.apiToken(this.mvc, user);
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/data-values?mechanism={m}&indicator={i}&from={y}&to={y}", mechanism, indicator, year, year)
			.header("Authorization", "Bearer " + token)
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void theApiAnswersTheWholeRangeAskedForOrSaysWhatIsWrong() {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "MEMBERS")
			.total("RETURNS", year, "0.123456789012")
			.total("RETURNS", year + 35, "7");
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		MvcTestResult all = this.mvc.get()
			.uri("/api/v1/data-values?mechanism=CCM-TJ&indicator=RETURNS&from={f}&to={t}", year, year + 35)
			.header("Authorization", "Bearer " + token)
			.exchange();
		assertThat(all).hasStatusOk();
		String json = new String(all.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(json).contains("\"from\":" + year, "\"value\":0.123456789012", "\"truncated\":false",
				"\"reporter\":\"NBT\"");
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(json, "$.values[*].dataSet"))
			.allSatisfy((code) -> assertThat(code).startsWith("T"));
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(json, "$.values[*].period"))
			.contains(String.valueOf(year), String.valueOf(year + 35));
		for (String bad : java.util.List.of("from=2020&to=2010", "from=999&to=2010", "to=10000")) {
			assertThat(this.mvc.get()
				.uri("/api/v1/data-values?mechanism=CCM-TJ&indicator=RETURNS&" + bad)
				.header("Authorization", "Bearer " + token)).as(bad).hasStatus(400);
		}
	}

	@Test
	void twoCenturiesAreAnsweredWholeAndALongerRangeIsRefusedNamingTheLimit() throws Exception {
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "MEMBERS")
			.total("RETURNS", 1825, "1.5")
			.total("RETURNS", 2024, "2.25");
		String api = "/api/v1/series?mechanism=CCM-TJ&indicator=RETURNS&from={f}&to=2024";
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		MvcTestResult whole = this.mvc.get().uri(api, 1825).header("Authorization", "Bearer " + token).exchange();
		assertThat(whole).hasStatusOk();
		String json = whole.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) com.jayway.jsonpath.JsonPath.read(json, "$.from")).isEqualTo(1825);
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(json, "$.series[*].values[*].period"))
			.contains("1825", "2024");
		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/analytics?indicator=RETURNS&from=1825&to=2024&lang=en")
			.with(as("secretariat.tj"))).hasStatusOk().bodyText().contains(">1825<");
		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/analytics/export?format=CSV&view=SERIES&indicator=RETURNS&from=1825&to=2024")
			.with(as("secretariat.tj"))).hasStatusOk().bodyText().contains("1825", "1.5", "2.25");
		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/trends-brief?from=1825&to=2024&lang=en")
			.with(as("secretariat.tj"))).hasStatusOk().bodyText().contains("Years 1825\u20132024");

		MvcTestResult refused = this.mvc.get().uri(api, 1824).header("Authorization", "Bearer " + token).exchange();
		assertThat(refused).hasStatus(400);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("200");
		for (String page : java.util.List.of("/mechanisms/CCM-TJ/analytics?indicator=RETURNS&from=1824&to=2024",
				"/mechanisms/CCM-TJ/analytics/export?format=XLSX&indicator=RETURNS&from=1824&to=2024",
				"/mechanisms/CCM-TJ/trends-brief?from=1824&to=2024",
				"/mechanisms/CCM-TJ/trends-brief.pdf?from=1824&to=2024")) {
			MvcTestResult answer = this.mvc.get()
				.uri(page)
				.accept(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.with(as("secretariat.tj"))
				.exchange();
			assertThat(answer).as(page).hasStatus(400);
			assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(page)
				.contains("at most 200 years", "1824\u20132024 is 201 years");
		}
	}

	@Test
	void membersOnlyFiguresStayWithinTheMechanismUntilTheRegionAcceptsThem() {
		int year = PublishedFigures.randomYear();
		String remittances = value();
		PublishedFigures figures = PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "MEMBERS")
			.total("REMITTANCES", year, remittances);
		String cell = ">" + grouped(remittances) + "<";

		// members of CCM-TJ see it on the page, in the export and by API, with the
		// approval as "data as of"
		assertThat(page("focal.mol.tj", "CCM-TJ", "SERIES", "REMITTANCES", year)).contains(cell)
			.contains("2026-01-01 00:00 UTC");
		assertThat(csv("secretariat.tj", "CCM-TJ", "SERIES", "REMITTANCES", year)).contains(remittances);
		assertThat(api("secretariat.tj", "CCM-TJ", "REMITTANCES", year)).contains(remittances).contains("dataAsOf");

		// Kazakhstan's secretariat: nothing anywhere
		assertThat(page("secretariat.kz", "CCM-TJ", "SERIES", "REMITTANCES", year)).doesNotContain(cell)
			.doesNotContain(remittances);
		assertThat(csv("secretariat.kz", "CCM-TJ", "SERIES", "REMITTANCES", year)).doesNotContain(remittances);
		assertThat(api("secretariat.kz", "CCM-TJ", "REMITTANCES", year)).doesNotContain(remittances);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/dashboard").with(as("secretariat.kz"))).hasStatus(404);
		assertThat(page("secretariat.kz", "RCM", "COMPARISON", "REMITTANCES", year)).doesNotContain(remittances);

		// the region: not before acceptance, then on its comparison, in its export and by
		// API
		assertThat(page("regional", "RCM", "COMPARISON", "REMITTANCES", year)).doesNotContain(remittances);
		assertThat(api("regional", "CCM-TJ", "REMITTANCES", year)).doesNotContain(remittances);
		figures.acceptForRegion();
		assertThat(page("regional", "RCM", "COMPARISON", "REMITTANCES", year)).contains(cell);
		assertThat(csv("regional", "RCM", "COMPARISON", "REMITTANCES", year)).contains(remittances);
		assertThat(api("regional", "CCM-TJ", "REMITTANCES", year)).contains(remittances);
		// accepted for the region is still not Kazakhstan's to see
		assertThat(page("secretariat.kz", "RCM", "COMPARISON", "REMITTANCES", year)).doesNotContain(remittances);
	}

	@Test
	void restrictedFiguresReachTheSecretariatAndTheReportingInstitutionOnly() {
		int year = PublishedFigures.randomYear();
		String remittances = value();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "RESTRICTED")
			.total("REMITTANCES", year, remittances);
		assertThat(page("secretariat.tj", "CCM-TJ", "SERIES", "REMITTANCES", year)).contains(remittances);
		assertThat(page("focal.nbt.tj", "CCM-TJ", "SERIES", "REMITTANCES", year)).contains(remittances);
		assertThat(page("admin", "CCM-TJ", "SERIES", "REMITTANCES", year)).contains(remittances);
		assertThat(page("focal.mol.tj", "CCM-TJ", "SERIES", "REMITTANCES", year)).doesNotContain(remittances);
		assertThat(page("chair.tj", "CCM-TJ", "SERIES", "REMITTANCES", year)).doesNotContain(remittances);
		assertThat(api("focal.mol.tj", "CCM-TJ", "REMITTANCES", year)).doesNotContain(remittances);
		assertThat(api("focal.nbt.tj", "CCM-TJ", "REMITTANCES", year)).contains(remittances);
	}

	@Test
	void publicFiguresReachEveryMemberAndAFreshApprovalShowsAtOnce() {
		int year = PublishedFigures.randomYear();
		String first = value();
		PublishedFigures figures = PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "PUBLIC")
			.total("DEPARTURES", year, first);
		assertThat(page("secretariat.kz", "CCM-TJ", "SERIES", "DEPARTURES", year)).contains(first);
		assertThat(page("secretariat.kz", "RCM", "COMPARISON", "DEPARTURES", year)).contains(first);

		// a second institution's approval a moment later, in a data set of its own: shown
		// beside the first as a series of its own, never added to it (issue 12), with the
		// newer "data as of"
		String second = "10";
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.value("DEPARTURES", year, "_T", "_T", second, Instant.parse("2026-03-04T05:06:00Z"));
		String sum = new java.math.BigDecimal(first).add(java.math.BigDecimal.TEN).toPlainString();
		assertThat(page("secretariat.kz", "CCM-TJ", "SERIES", "DEPARTURES", year)).contains(">" + grouped(first) + "<")
			.contains(">" + grouped(second) + "<")
			.doesNotContain(sum)
			.doesNotContain(grouped(sum))
			.contains("National Bank of Tajikistan")
			.contains("2026-03-04 05:06 UTC");
		assertThat(figures.visibility).isEqualTo("PUBLIC");
	}

	/** A figure as an English page writes it (grouped, every digit). */
	private static String grouped(String value) {
		return org.hamkori.shared.text.Figures.number(new java.math.BigDecimal(value), java.util.Locale.ENGLISH);
	}

}
