package org.hamkori.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.Completeness.Cell;
import org.hamkori.reporting.Completeness.Report;
import org.hamkori.reporting.Completeness.Row;
import org.hamkori.reporting.Completeness.Summary;
import org.hamkori.reporting.Completeness.Timeliness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * Completeness and timeliness on H2 with reports entered and submitted through the real
 * services: one obligation with a period on time, one late (by the clock of Dushanbe, not
 * of UTC), one approved, one only drafted and overdue, and one not yet due, read as of a
 * fixed day; and the overview page, for members only.
 */
@HamkoriWebTest
class CompletenessTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	DataImport imports;

	@Autowired
	Submissions submissions;

	@Autowired
	Completeness completeness;

	@Autowired
	MockMvcTester mvc;

	CompletenessTestData data;

	Mechanism tajikistan;

	@BeforeEach
	void setUp() {
		this.data = new CompletenessTestData(this.jdbc, this.directory, this.dataSets, this.imports, this.submissions);
		this.tajikistan = this.directory.mechanismOrThrow("CCM-TJ");
	}

	/**
	 * 2023-Q1 submitted 23:30 in Dushanbe on its due day (on time); 2023-Q2 submitted
	 * 00:30 in Dushanbe the day after its due day, which is still the due day in UTC
	 * (late); 2023-Q3 on time and approved; 2023-Q4 a draft only (overdue); 2024-Q1
	 * nothing, due 2024-04-30 (not yet due on 2024-04-15).
	 */
	Obligation history(String code) {
		Obligation o = this.data.obligation(code, "2023-Q1");
		this.data.submitAt(o, "2023-Q1", OffsetDateTime.parse("2023-04-30T18:30:00Z"));
		this.data.submitAt(o, "2023-Q2", OffsetDateTime.parse("2023-07-30T19:30:00Z"));
		this.data.approve(this.data.submitAt(o, "2023-Q3", OffsetDateTime.parse("2023-10-20T08:00:00Z")));
		this.data.draft(o, "2023-Q4");
		return o;
	}

	Row row(Report report, Obligation o) {
		return report.rows().stream().filter((r) -> r.obligation().id().equals(o.id())).findFirst().orElseThrow();
	}

	@Test
	void theMatrixTellsOnTimeLateOverdueAndNotYetDue() {
		Obligation o = history(StatisticsTestSupport.uniqueCode("CMP"));

		Report report = this.completeness.of(this.tajikistan, LocalDate.of(2024, 4, 15));
		Row row = row(report, o);

		assertThat(row.cells().keySet()).extracting(Period::code)
			.containsExactly("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1");
		Cell q1 = row.cell(Period.of("2023-Q1"));
		assertThat(q1.timeliness()).isEqualTo(Timeliness.ON_TIME);
		assertThat(q1.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(q1.due()).isEqualTo(LocalDate.of(2023, 4, 30));
		assertThat(q1.firstSubmitted()).isEqualTo(LocalDate.of(2023, 4, 30));
		Cell q2 = row.cell(Period.of("2023-Q2"));
		assertThat(q2.timeliness()).as("00:30 in Dushanbe is the day after the due date").isEqualTo(Timeliness.LATE);
		assertThat(q2.firstSubmitted()).isEqualTo(LocalDate.of(2023, 7, 31));
		assertThat(q2.arrived()).isTrue();
		Cell q3 = row.cell(Period.of("2023-Q3"));
		assertThat(q3.status()).isEqualTo(SubmissionStatus.APPROVED);
		assertThat(q3.timeliness()).isEqualTo(Timeliness.ON_TIME);
		Cell q4 = row.cell(Period.of("2023-Q4"));
		assertThat(q4.status()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(q4.submissionId()).isNotNull();
		assertThat(q4.arrived()).as("a draft has not arrived").isFalse();
		assertThat(q4.timeliness()).isEqualTo(Timeliness.OVERDUE);
		Cell q5 = row.cell(Period.of("2024-Q1"));
		assertThat(q5.status()).isNull();
		assertThat(q5.submissionId()).isNull();
		assertThat(q5.timeliness()).isEqualTo(Timeliness.NOT_DUE);
		assertThat(row.cell(Period.of("2024-Q2"))).as("a period that has not ended is not expected").isNull();
		assertThat(row.cell(Period.of("2022-Q4"))).as("before the first period").isNull();

		assertThat(row.summary()).isEqualTo(new Summary(5, 4, 3, 2, 1, 1, 1));
		assertThat(row.summary().arrivedPercent()).isEqualTo(75);
		assertThat(row.summary().onTimePercent()).isEqualTo(50);
		assertThat(row.institution().in(java.util.Locale.ENGLISH)).isEqualTo("National Bank of Tajikistan");

		Summary sum = report.rows().stream().map(Row::summary).reduce(Summary.NONE, Summary::plus);
		assertThat(report.summary()).as("the mechanism's figures add up its rows").isEqualTo(sum);

		// a fortnight later 2024-Q1 is overdue: 3 of 5 arrived, 2 on time
		Row later = row(this.completeness.of(this.tajikistan, LocalDate.of(2024, 5, 1)), o);
		assertThat(later.cell(Period.of("2024-Q1")).timeliness()).isEqualTo(Timeliness.OVERDUE);
		assertThat(later.summary().arrivedPercent()).isEqualTo(60);
		assertThat(later.summary().onTimePercent()).isEqualTo(40);
	}

	@Test
	void nothingDueYetGivesNoPercentages() {
		Obligation o = this.data.obligation(StatisticsTestSupport.uniqueCode("NEW"), "2024-Q1");
		Row row = row(this.completeness.of(this.tajikistan, LocalDate.of(2024, 4, 2)), o);
		assertThat(row.summary()).isEqualTo(new Summary(1, 0, 0, 0, 0, 0, 1));
		assertThat(row.summary().arrivedPercent()).isNull();
		assertThat(row(this.completeness.of(this.tajikistan, LocalDate.of(2024, 3, 31)), o).cells()).isEmpty();
	}

	@Test
	void theOverviewShowsEachCellWithItsStatusAndMarkerToMembersOnly() throws Exception {
		String code = StatisticsTestSupport.uniqueCode("OVW");
		Obligation o = history(code);
		Submission approved = this.submissions.current(o.id(), Period.of("2023-Q3")).orElseThrow();

		String page = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/data/overview?before=2025-Q1&lang=en")
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("National Bank of Tajikistan", code, "Remittance inflows " + code);
		Map<String, String> cells = cellsOf(page, o);
		assertThat(cells).as("eight quarters before 2025-Q1")
			.containsOnlyKeys("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
		assertThat(cells.get("2023-Q1")).contains("t-on_time", "Submitted", "on time");
		assertThat(cells.get("2023-Q2")).contains("t-late", "Submitted", ">late<");
		assertThat(cells.get("2023-Q3")).contains("Approved", "href=\"/data/submissions/" + approved.id() + "\"");
		assertThat(cells.get("2023-Q4")).contains("t-overdue", "Draft", "overdue", "due 30/01/2024");
		assertThat(cells.get("2024-Q1")).contains("t-overdue", "Not received", "due 30/04/2024")
			.doesNotContain("/data/submissions/");
		assertThat(page).as("a link to later periods").contains("class=\"later\"");

		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/data/overview").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains(code, "id=\"summary\"");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/data/overview").with(as("focal.nbt.tj"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/data/overview").with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/data/overview").with(as("regional"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-XX/data/overview").with(as("secretariat.tj"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/data/overview?before=nonsense").with(as("secretariat.tj")))
			.hasStatusOk();
	}

	@Test
	void aRestrictedDataSetIsShownToTheSecretariatAndItsReportersOnly() throws Exception {
		String code = StatisticsTestSupport.uniqueCode("RST");
		this.data.obligation(code, "2024-Q1", org.hamkori.shared.security.Visibility.RESTRICTED);
		for (String user : java.util.List.of("secretariat.tj", "focal.nbt.tj")) {
			assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/data/overview").with(as(user))).as(user)
				.hasStatusOk()
				.bodyText()
				.contains(code);
		}
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/data/overview").with(as("observer.tj"))).hasStatusOk()
			.bodyText()
			.doesNotContain(code);
	}

	@Test
	void aRestrictedDataSetsReportsAreReadByItsReportersAndSecretariatOnly() throws Exception {
		String code = StatisticsTestSupport.uniqueCode("RSR");
		Obligation o = this.data.obligation(code, "2024-Q1", org.hamkori.shared.security.Visibility.RESTRICTED);
		Submission submitted = this.data.submit(o, "2024-Q1");
		java.util.List<String> urls = java.util.List.of("/data/submissions/" + submitted.id(),
				"/data/obligations/" + o.id() + "/periods/2024-Q1", "/data/obligations/" + o.id(),
				"/data-sets/" + o.dataSetId());
		for (String url : urls) {
			for (String user : java.util.List.of("secretariat.tj", "focal.nbt.tj", "admin")) {
				assertThat(this.mvc.get().uri(url).with(as(user))).as(user + " " + url).hasStatusOk();
			}
			for (String user : java.util.List.of("observer.tj", "focal.mol.tj", "chair.tj", "regional",
					"secretariat.kz")) {
				assertThat(this.mvc.get().uri(url).with(as(user))).as(user + " " + url).hasStatus(404);
			}
		}
		Obligation open = this.data.obligation(StatisticsTestSupport.uniqueCode("MBR"), "2024-Q1");
		assertThat(this.mvc.get().uri("/data/obligations/" + open.id()).with(as("observer.tj"))).hasStatusOk();
	}

	@Test
	void theRegionalSecretariatSeesEachCountrysFigures() throws Exception {
		history(StatisticsTestSupport.uniqueCode("RGN"));
		Report tj = this.completeness.of(this.tajikistan, this.completeness.today(this.tajikistan));

		String page = this.mvc.get()
			.uri("/mechanisms/RCM/data/overview?lang=en")
			.with(as("regional"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("data-mechanism=\"CCM-KZ\"", "data-mechanism=\"CCM-UZ\"");
		String row = page.substring(page.indexOf("data-mechanism=\"CCM-TJ\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains(">" + tj.summary().due() + "<", tj.summary().arrivedPercent() + "%",
				tj.summary().onTimePercent() + "%");
		assertThat(page).doesNotContain("data-mechanism=\"RCM\"");
		assertThat(this.mvc.get().uri("/mechanisms/RCM/data/overview").with(as("secretariat.kz"))).hasStatus(404);
	}

	/**
	 * Every country has the demo data sets, so this test takes Uzbekistan's obligations
	 * away inside its own transaction (MockMvc answers in the test's thread, so the page
	 * reads it), which is rolled back afterwards.
	 */
	@Test
	@Transactional
	void aMechanismWithoutObligationsShowsTheWayToDefineThem() {
		String obligations = "(select o.id from reporting_obligation o join data_set d on d.id = o.data_set_id"
				+ " where d.mechanism_id = ?)";
		UUID uzbekistan = this.directory.mechanismOrThrow("CCM-UZ").id();
		this.jdbc
			.sql("delete from submission_step where submission_id in (select id from submission"
					+ " where obligation_id in " + obligations + ")")
			.param(uzbekistan)
			.update();
		this.jdbc
			.sql("delete from data_value where submission_id in (select id from submission" + " where obligation_id in "
					+ obligations + ")")
			.param(uzbekistan)
			.update();
		for (String table : List.of("published_value", "submission", "submission_reminder", "data_upload")) {
			this.jdbc.sql("delete from " + table + " where obligation_id in " + obligations).param(uzbekistan).update();
		}
		this.jdbc.sql("delete from reporting_obligation where id in " + obligations).param(uzbekistan).update();
		assertThat(this.mvc.get().uri("/mechanisms/CCM-UZ/data/overview?lang=en").with(as("secretariat.uz")))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"empty\"", "No institution reports data to this mechanism yet",
					"href=\"/mechanisms/CCM-UZ/data-sets\"");
	}

	/** The cells of an obligation's row on the page, by period. */
	static Map<String, String> cellsOf(String page, Obligation o) {
		int start = page.indexOf("data-obligation=\"" + o.id() + "\"");
		assertThat(start).as("the obligation's row").isPositive();
		String row = page.substring(start, page.indexOf("</tr>", start));
		Map<String, String> cells = new java.util.LinkedHashMap<>();
		for (String cell : row.split("<td")) {
			int at = cell.indexOf("data-period=\"");
			if (at >= 0) {
				int from = at + "data-period=\"".length();
				cells.put(cell.substring(from, cell.indexOf('"', from)), cell);
			}
		}
		return cells;
	}

}
