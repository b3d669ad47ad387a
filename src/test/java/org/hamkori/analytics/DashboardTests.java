package org.hamkori.analytics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Dashboards: a member saves a chart, the secretariat orders and removes charts (after a
 * confirmation page), other members cannot, other mechanisms get 404; a mechanism without
 * saved charts shows the standard ones with a link to add one; derived indicators are
 * computed per period and defined by the secretariat.
 */
@HamkoriWebTest
class DashboardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private MvcTestResult save(String user, String mechanism, String title, String view, String indicator, int year) {
		return this.mvc.post()
			.uri("/mechanisms/{m}/dashboard/charts", mechanism)
			.with(as(user))
			.with(csrf())
			.param("title", title)
			.param("view", view)
			.param("indicator", indicator)
			.param("from", String.valueOf(year))
			.param("to", String.valueOf(year))
			.param("chart", "BAR")
			.exchange();
	}

	private UUID chartId(String title) {
		return this.jdbc.sql("select id from saved_chart where title = ?").param(title).query(UUID.class).single();
	}

	@Test
	void membersSaveChartsAndTheSecretariatOrdersAndRemovesThem() {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "MEMBERS")
			.value("DEPARTURES", year, "_T", "RUS", "654", java.time.Instant.parse("2026-02-01T00:00:00Z"));
		String first = "Destinations " + UUID.randomUUID();
		String second = "Remittances " + UUID.randomUUID();
		assertThat(save("focal.mol.tj", "CCM-TJ", first, "DESTINATION", "DEPARTURES", year))
			.hasRedirectedUrl("/mechanisms/CCM-TJ/dashboard?saved");
		assertThat(save("secretariat.tj", "CCM-TJ", second, "SERIES", "REMITTANCES", year)).hasStatus(302);

		String dashboard = body(this.mvc.get().uri("/mechanisms/CCM-TJ/dashboard").with(as("focal.mol.tj")).exchange());
		assertThat(dashboard).contains(first, second, ">654<", "data-chart=", "/js/vendor/echarts.min-",
				"Synthetic demonstration data");
		assertThat(dashboard.indexOf(first)).isLessThan(dashboard.indexOf(second));
		assertThat(dashboard).doesNotContain("/dashboard/charts/" + chartId(first) + "/delete");

		// the secretariat moves the second chart up
		UUID secondId = chartId(second);
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/dashboard/charts/{id}/move", secondId)
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("direction", "up")).hasStatus(302);
		dashboard = body(this.mvc.get().uri("/mechanisms/CCM-TJ/dashboard").with(as("secretariat.tj")).exchange());
		assertThat(dashboard.indexOf(second)).isLessThan(dashboard.indexOf(first));
		assertThat(dashboard).contains("/dashboard/charts/" + secondId + "/delete");

		// removal: a member may not; the secretariat confirms first
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/dashboard/charts/{id}/delete", secondId)
			.with(as("focal.mol.tj"))
			.with(csrf())).hasStatus(403);
		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/dashboard/charts/{id}/delete", secondId)
			.with(as("secretariat.tj"))).hasStatusOk().bodyText().contains(second).contains("role=\"alert\"");
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/dashboard/charts/{id}/delete", secondId)
			.with(as("secretariat.tj"))
			.with(csrf())).hasRedirectedUrl("/mechanisms/CCM-TJ/dashboard?removed");
		assertThat(body(this.mvc.get().uri("/mechanisms/CCM-TJ/dashboard").with(as("secretariat.tj")).exchange()))
			.contains(first)
			.doesNotContain(second);

		// another mechanism: nothing to see, nothing to save, nothing to remove
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/dashboard").with(as("secretariat.kz"))).hasStatus(404);
		assertThat(save("secretariat.kz", "CCM-TJ", "Intruder", "SERIES", "DEPARTURES", year)).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/dashboard/charts/{id}/delete", chartId(first))
			.with(as("secretariat.kz"))
			.with(csrf())).hasStatus(404);
	}

	@Test
	void chartDataCarriesTheUnitInTheReadersLanguage() {
		assertThat(chartUnits("DEPARTURES")).containsExactly("человек");
		assertThat(chartUnits("REMITTANCES")).containsExactly("долл. США");
	}

	private List<String> chartUnits(String indicator) {
		String page = body(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/analytics?indicator={i}&lang=ru", indicator)
			.with(as("focal.mol.tj"))
			.exchange());
		Matcher chart = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(page);
		List<String> units = new ArrayList<>();
		while (chart.find()) {
			units.add(JsonMapper.builder()
				.build()
				.readTree(HtmlUtils.htmlUnescape(chart.group(1)))
				.get("unit")
				.asString());
		}
		return units;
	}

	@Test
	void aChartWithoutTitleIsRefusedWithAMessage() {
		assertThat(save("focal.mol.tj", "CCM-TJ", "  ", "SERIES", "DEPARTURES", 2024)).hasStatusOk()
			.bodyText()
			.contains("Give the chart a title");
	}

	@Test
	void withoutSavedChartsTheStandardOnesShowWithALinkToAddOne() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-KG/dashboard").with(as("secretariat.kg"))).hasStatusOk()
			.bodyText()
			.contains("No chart has been saved")
			.contains("/mechanisms/CCM-KG/analytics")
			.contains("Departures of labour migrants")
			.contains("Personal remittances received");
		assertThat(this.mvc.get().uri("/mechanisms/RCM/dashboard").with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains("view=COMPARISON");
		// the chart script and ECharts itself are served from this site, as the
		// Content-Security-Policy wants
		assertThat(this.mvc.get().uri("/js/vendor/echarts.min.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/js/charts.js")).hasStatusOk().bodyText().contains("data-chart");
	}

	@Test
	void aDerivedIndicatorMeetsMonthlyAndQuarterlyInputsPerCompleteQuarter() {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "MEMBERS")
			.total("DEPARTURES", year + "-01", "100")
			.total("DEPARTURES", year + "-02", "200")
			.total("DEPARTURES", year + "-03", "300")
			.total("DEPARTURES", year + "-04", "50");
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "MEMBERS")
			.total("REMITTANCES", year + "-Q1", "1200")
			.total("REMITTANCES", year + "-Q2", "500");
		String page = body(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/analytics?view=SERIES&indicator=REMITTANCES_PER_DEPARTURE&from={f}&to={t}", year,
					year)
			.with(as("secretariat.tj"))
			.exchange());
		// 1,200 over the 600 departures of the quarter's three months; the second quarter
		// has one month only
		assertThat(page).contains(">" + year + "-Q1<").contains(">2<").doesNotContain(">" + year + "-Q2<");
	}

	@Test
	void derivedIndicatorsAreComputedPerPeriodAndDefinedByTheSecretariat() {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "MEMBERS")
			.total("REMITTANCES", year, "1000")
			.total("REMITTANCES", year + 1, "900")
			.total("REMITTANCES", year + 2, "800");
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "MEMBERS")
			.total("DEPARTURES", year, "8")
			.total("DEPARTURES", year + 1, "0");
		String page = body(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/analytics?view=SERIES&indicator=REMITTANCES_PER_DEPARTURE&from={f}&to={t}", year,
					year + 2)
			.with(as("focal.mol.tj"))
			.exchange());
		assertThat(page).contains(">125<").contains(">" + year + "<");
		assertThat(page).doesNotContain(">" + (year + 1) + "<").doesNotContain(">" + (year + 2) + "<");

		String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/analytics/derived")
			.with(as("focal.mol.tj"))
			.with(csrf())
			.param("derivedCode", code)
			.param("name", "Test")
			.param("formula", "#REMITTANCES * 2")
			.param("unit", "USD")).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/analytics/derived")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("derivedCode", code)
			.param("name", "Doubled")
			.param("formula", "#NO_SUCH_INDICATOR * 2")
			.param("unit", "USD")).hasStatusOk().bodyText().contains("not in the catalogue");
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/analytics/derived")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("derivedCode", code)
			.param("name", "Doubled")
			.param("formula", "#REMITTANCES * 2")
			.param("unit", "USD")).hasRedirectedUrl("/mechanisms/CCM-TJ/analytics/derived?saved");
		assertThat(body(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/analytics?view=SERIES&indicator={c}&from={f}&to={t}", code, year, year)
			.with(as("focal.mol.tj"))
			.exchange())).contains(">2,000<");
		// another mechanism does not have it
		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-KZ/analytics?view=SERIES&indicator={c}", code)
			.with(as("secretariat.kz"))).hasStatus(404);
	}

}
