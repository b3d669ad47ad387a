package org.hamkori.analytics;

import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The derived-indicator and save-chart forms bound as form records: the rule the
 * analytics module refuses is named in the reader's language on the page shown again,
 * with what was typed kept and nothing stored.
 */
@HamkoriWebTest
class AnalyticsFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFormulaOutsideTheCatalogueIsRefusedInRussianWithTheTextKept() {
		String code = "F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/analytics/derived?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("derivedCode", code)
			.param("name", "Удвоенные переводы")
			.param("formula", "#NO_SUCH_INDICATOR * 2")
			.param("unit", "USD")).hasStatusOk()
			.bodyText()
			.contains("Формула называет показатель, которого нет в каталоге.", "value=\"" + code + "\"",
					"value=\"Удвоенные переводы\"", "value=\"#NO_SUCH_INDICATOR * 2\"");
		assertThat(this.jdbc.sql("select count(*) from derived_indicator where code = ?")
			.param(code)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aChartWithoutTitleIsRefusedInRussian() {
		int year = PublishedFigures.randomYear();
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/dashboard/charts?lang=ru")
			.with(as("focal.mol.tj"))
			.with(csrf())
			.param("title", " ")
			.param("view", "SERIES")
			.param("indicator", "DEPARTURES")
			.param("from", String.valueOf(year))
			.param("to", String.valueOf(year))
			.param("chart", "BAR")).hasStatusOk()
			.bodyText()
			.contains("Дайте графику название не длиннее 200 знаков.", "aria-invalid=\"true\"");
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/dashboard/charts")
			.with(as("focal.mol.tj"))
			.with(csrf())
			.param("title", "A chart")
			.param("view", "NO_SUCH_VIEW")).hasStatus(404);
	}

}
