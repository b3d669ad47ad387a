package org.hamkori.results;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.HamkoriWebTest;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.programmes.Programmes;
import org.hamkori.shared.security.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The results demo data: the regional Labour Migration Programme's table shows every
 * traffic light for last year, its workplan has activities in the four countries and the
 * region, and the last half-year's report is a draft. Years and dates follow the
 * application's clock, so these hold on any day.
 */
@HamkoriWebTest
class ResultsDemoDataTests {

	private static final Viewer ANONYMOUS = Viewer.anonymous();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Directory directory;

	@Autowired
	Programmes programmes;

	@Autowired
	ResultsTable table;

	@Autowired
	ResultsFramework framework;

	@Autowired
	Workplan workplan;

	@Autowired
	ProgressReports reports;

	@Autowired
	Guidance guidance;

	private static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	private UUID programme() {
		Mechanism rcm = this.directory.mechanisms().stream().filter(Mechanism::regional).findFirst().orElseThrow();
		return this.programmes.of(rcm.id(), ANONYMOUS)
			.stream()
			.filter((p) -> ResultsDemoData.TITLE.equals(p.title().get("en")))
			.map(ProgrammeRef::id)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void lastYearsTableShowsEveryTrafficLight() {
		UUID id = programme();
		int lastYear = this.directory.today().getYear() - 1;
		ResultsTable.Table table = this.table.of(id, lastYear, ANONYMOUS);
		Set<TrafficLight> lights = table.levels()
			.stream()
			.flatMap((l) -> l.indicators().stream())
			.flatMap((i) -> i.rows().stream())
			.map(ResultsTable.Row::light)
			.collect(Collectors.toSet());
		assertThat(lights).contains(TrafficLight.ON_TRACK, TrafficLight.AT_RISK, TrafficLight.OFF_TRACK);
		assertThat(table.levels()).extracting((l) -> l.level().kind())
			.containsExactly(ResultKind.IMPACT, ResultKind.OUTCOME, ResultKind.OUTPUT, ResultKind.OUTPUT,
					ResultKind.OUTCOME, ResultKind.OUTPUT, ResultKind.OUTPUT);
		assertThat(this.framework.indicators(id, ANONYMOUS)).filteredOn((i) -> i.code().equals("2.1.1"))
			.extracting(ResultIndicator::catalogueCode)
			.containsExactly(ResultsDemoData.PRE_DEPARTURE_CATALOGUE);
		assertThat(this.mvc.get().uri("/programmes/" + id + "/results?year=" + lastYear).with(as("regional")))
			.hasStatusOk()
			.bodyText()
			.contains("Migrants assisted by legal aid", "Labour-migration tables published on time");
	}

	@Test
	void someActivitiesAreGuidedByTheTajikDecisionsAndTheRegionalRecommendation() {
		UUID id = programme();
		var guides = this.guidance.ofProgramme(id, ANONYMOUS);
		// a visitor sees that activities are guided, but not by what
		assertThat(guides.values()).flatExtracting((l) -> l).allMatch(Guidance.Shown::hidden).hasSize(3);
		assertThat(this.guidance.ofProgramme(id, ADMIN).values()).flatExtracting((l) -> l)
			.extracting(Guidance.Shown::code)
			.contains("CCM-TJ/1/D1", "CCM-TJ/1/D3")
			.anyMatch((c) -> c.matches("RCM/R-[0-9A-F]{8}"));
		assertThat(this.mvc.get().uri("/results/guided?lang=en&record=CCM-TJ/1/D1").with(as("secretariat.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("Training of the CCM secretariat on following up decisions");
		assertThat(this.mvc.get().uri("/programmes/" + id + "/guidance?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Activities guided by the mechanisms: 3 of 10");
	}

	@Test
	void theWorkplanCoversTheFourCountriesAndTheRegion() {
		List<Activity> activities = this.workplan.activities(programme(), null, null, ANONYMOUS);
		assertThat(activities).extracting(Activity::area)
			.contains("KZ", "KG", "TJ", "UZ", Area.REGION)
			.hasSizeBetween(8, 12);
		assertThat(activities).filteredOn((a) -> a.status().needsReason())
			.extracting(Activity::status)
			.containsExactlyInAnyOrder(ActivityStatus.POSTPONED, ActivityStatus.CANCELLED);
		assertThat(activities).extracting(Activity::status)
			.contains(ActivityStatus.PLANNED, ActivityStatus.ONGOING, ActivityStatus.COMPLETED);
	}

	@Test
	void theLastHalfYearsReportIsADraft() {
		List<ProgressReport> reports = this.reports.reports(programme(), ANONYMOUS);
		assertThat(reports).hasSize(1);
		ProgressReport report = reports.get(0);
		assertThat(report.state()).isEqualTo(ReportState.DRAFT);
		assertThat(report.summary()).isNotBlank();
		ResultPeriod period = report.resultPeriod();
		assertThat(period.wholeYear()).isFalse();
		java.time.LocalDate today = this.directory.today();
		java.time.LocalDate end = (period.half() == 1) ? java.time.LocalDate.of(period.year(), 6, 30)
				: java.time.LocalDate.of(period.year(), 12, 31);
		assertThat(end).isBefore(today).isAfter(today.minusMonths(7));
	}

}
