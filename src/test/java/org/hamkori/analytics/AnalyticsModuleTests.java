package org.hamkori.analytics;

import org.hamkori.TestViewers;
import org.hamkori.analytics.DataTable.View;
import org.hamkori.analytics.SavedCharts.ChartType;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics module with every module it depends on, directly or not (meetings needs
 * actions, which needs programmes): saving a chart to a mechanism's dashboard publishes
 * its {@link RecordChanged} audit event in that mechanism, with its title and indicator.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AnalyticsModuleTests {

	@Autowired
	SavedCharts charts;

	@Autowired
	Directory directory;

	@Test
	void savingAChartPublishesItsAuditEvent(Scenario scenario) {
		Mechanism tajikistan = this.directory.mechanismOrThrow("CCM-TJ");
		Viewer member = TestViewers.seated(this.directory, "CCM-TJ", MembershipRole.FOCAL_POINT);
		int year = this.directory.today().getYear();
		String title = "Module test chart " + java.util.UUID.randomUUID();

		scenario
			.stimulate(() -> this.charts.save(tajikistan, title, View.SERIES, "REMITTANCES", year - 3, year,
					ChartType.LINE, member))
			.andWaitForEventOfType(RecordChanged.class)
			.matching((event) -> "saved-chart".equals(event.recordType()) && title.equals(event.changes().get("title")))
			.toArriveAndVerify((event, chart) -> {
				assertThat(event.recordId()).isEqualTo(chart.id());
				assertThat(event.mechanismId()).isEqualTo(tajikistan.id());
				assertThat(event.action()).isEqualTo("created");
				assertThat(event.actor()).isEqualTo(member.actor());
				assertThat(event.changes()).containsEntry("indicator", "REMITTANCES");
				assertThat(this.charts.of(tajikistan, member)).extracting(SavedCharts.SavedChart::title)
					.contains(title);
			});
	}

}
