package org.hamkori.analytics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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

/**
 * Analytics never mixes (issue 12, decision 0026): a series is one indicator at one
 * frequency from one data set. Two data sets of one indicator are shown side by side,
 * never summed, on the page, in the exports, through the API, in the regional comparison
 * and in a derived indicator; annual and quarterly figures are never one line, and a
 * quarterly series shown at annual frequency is converted by its indicator's rule and
 * says so.
 */
@HamkoriWebTest
class SeriesNeverMixTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private String get(String user, String uri, Object... variables) {
		MvcTestResult result = this.mvc.get().uri(uri, variables).with(as(user)).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private String api(String user, String uri, Object... variables) {
		MvcTestResult result = this.mvc.get()
			.uri(uri, variables)
			.header("Authorization", "Bearer " + TestRequests.apiToken(this.mvc, user))
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void twoDataSetsOfOneIndicatorAreNeverSummed() {
		int year = PublishedFigures.randomYear();
		PublishedFigures first = PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.total("REMITTANCES", year, "1000.5");
		PublishedFigures second = PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.total("REMITTANCES", year, "400.25");
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "PUBLIC").total("DEPARTURES", year, "10");

		// the API: two series of one point each, each naming its data set
		String json = api("secretariat.tj", "/api/v1/series?mechanism=CCM-TJ&indicator=REMITTANCES&from={y}&to={y}",
				year, year);
		List<Map<String, Object>> series = JsonPath.read(json, "$.series");
		assertThat(series).hasSize(2);
		assertThat(JsonPath.<List<Object>>read(json, "$.series[*].values[*].value")).hasSize(2)
			.map(String::valueOf)
			.containsExactlyInAnyOrder("1000.5", "400.25");
		assertThat(JsonPath.<List<String>>read(json, "$.series[*].sources[0].dataSet"))
			.containsExactlyInAnyOrder(first.dataSetCode(), second.dataSetCode());
		assertThat(json).doesNotContain("1400.75");
		// one institution, two sets: each label names its set
		assertThat(JsonPath.<List<String>>read(json, "$.series[*].label"))
			.allSatisfy((label) -> assertThat(label).startsWith("National Bank of Tajikistan · Test set "));

		// the page and the CSV export: side by side, never the sum
		assertThat(get("secretariat.kz",
				"/mechanisms/CCM-TJ/analytics?view=SERIES&indicator=REMITTANCES&from={y}&to={y}", year, year))
			.contains(">1,000.5<", ">400.25<", "Test set " + first.dataSetCode(), "Test set " + second.dataSetCode())
			.doesNotContain("1400.75")
			.doesNotContain("1,400.75");
		String csv = get("secretariat.tj",
				"/mechanisms/CCM-TJ/analytics/export?format=CSV&view=SERIES&indicator=REMITTANCES&from={y}&to={y}",
				year, year);
		assertThat(csv).contains("1000.5", "400.25").doesNotContain("1400.75");

		// the regional comparison, by page and by API: Tajikistan twice, once per set
		String comparison = api("regional", "/api/v1/comparison?indicator=REMITTANCES&from={y}&to={y}", year, year);
		assertThat(JsonPath.<List<String>>read(comparison, "$.series[?(@.refArea == 'TJK')].label")).hasSize(2)
			.allSatisfy((label) -> assertThat(label).startsWith("Tajikistan — National Bank of Tajikistan"));
		assertThat(comparison).doesNotContain("1400.75");
		assertThat(get("regional", "/mechanisms/RCM/analytics?view=COMPARISON&indicator=REMITTANCES&from={y}&to={y}",
				year, year))
			.contains(">1,000.5<", ">400.25<")
			.doesNotContain("1400.75")
			.doesNotContain("1,400.75");

		// a derived indicator: one figure per set of remittances, never one of their sum
		String derived = api("secretariat.tj",
				"/api/v1/series?mechanism=CCM-TJ&indicator=REMITTANCES_PER_DEPARTURE&from={y}&to={y}", year, year);
		assertThat(JsonPath.<List<Object>>read(derived, "$.series[*].values[*].value")).map(String::valueOf)
			.containsExactlyInAnyOrder("100.05", "40.025");
	}

	@Test
	void annualAndQuarterlyFiguresAreNeverDrawnAsOneLine() {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC").total("REMITTANCES", year, "999");
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.total("REMITTANCES", year + "-Q1", "100")
			.total("REMITTANCES", year + "-Q2", "200")
			.total("REMITTANCES", year + "-Q3", "300")
			.total("REMITTANCES", year + "-Q4", "400")
			.total("REMITTANCES", (year + 1) + "-Q1", "50");

		// by default, the coarsest frequency: the annual series as reported and the
		// quarterly one summed over its complete years, labelled so; no quarter on the
		// line
		String annual = api("secretariat.tj", "/api/v1/series?mechanism=CCM-TJ&indicator=REMITTANCES&from={f}&to={t}",
				year, year + 1);
		assertThat(JsonPath.<String>read(annual, "$.frequency")).isEqualTo("ANNUAL");
		assertThat(JsonPath.<List<String>>read(annual, "$.frequencies")).containsExactly("QUARTERLY", "ANNUAL");
		assertThat(JsonPath.<List<String>>read(annual, "$.series[*].values[*].period")).hasSize(2)
			.containsOnly(String.valueOf(year));
		assertThat(JsonPath.<List<Object>>read(annual, "$.series[*].values[*].value")).map(String::valueOf)
			.containsExactlyInAnyOrder("999", "1000");
		assertThat(JsonPath.<List<String>>read(annual, "$.series[*].sources[0].conversion")).containsOnly(null, "SUM");
		String page = get("secretariat.tj",
				"/mechanisms/CCM-TJ/analytics?view=SERIES&indicator=REMITTANCES&from={f}&to={t}&lang=en", year,
				year + 1);
		assertThat(page).contains("(sum of the quarters)").doesNotContain(year + "-Q1");

		// asked for quarters: the quarterly series alone, since a year cannot be split
		String quarterly = api("secretariat.tj",
				"/api/v1/series?mechanism=CCM-TJ&indicator=REMITTANCES&from={f}&to={t}&frequency=QUARTERLY", year,
				year + 1);
		assertThat(JsonPath.<List<Object>>read(quarterly, "$.series")).hasSize(1);
		assertThat(JsonPath.<List<String>>read(quarterly, "$.series[0].values[*].period")).containsExactly(year + "-Q1",
				year + "-Q2", year + "-Q3", year + "-Q4", (year + 1) + "-Q1");
		String chart = get("secretariat.tj",
				"/mechanisms/CCM-TJ/analytics?view=SERIES&indicator=REMITTANCES&from={f}&to={t}&frequency=QUARTERLY",
				year, year + 1);
		assertThat(chart).contains(">" + year + "-Q4<").doesNotContain(">" + year + "<").doesNotContain(">999<");
	}

}
