package org.hamkori.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;
import org.hamkori.formats.SourceRow;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.Completeness.Row;
import org.hamkori.reporting.Completeness.Summary;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.reporting.StatisticsTestSupport.reader;
import static org.hamkori.reporting.StatisticsTestSupport.row;

/**
 * Back-filling history: a century of annual figures loaded before an obligation started,
 * moved through the workflow in one request per step, all or nothing, without touching
 * completeness or timeliness.
 */
@HamkoriWebTest
class ReportBatchTests {

	@Autowired
	MockMvcTester mvc;

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

	StatisticsTestSupport support;

	Viewer focal;

	Viewer secretariat;

	@BeforeEach
	void setUp() {
		this.support = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets);
		this.focal = this.support.viewer("focal.nbt.tj");
		this.secretariat = this.support.viewer("secretariat.tj");
	}

	/** An annual remittances set of the National Bank, expected from 2020. */
	Obligation annual(String first) {
		DataSet set = this.dataSets.create(StatisticsTestSupport.TJ, StatisticsTestSupport.uniqueCode("HIS"),
				LocalizedText.of("en", "Remittances, annual"), Periodicity.ANNUAL, Visibility.MEMBERS,
				List.of(new DataSet.Item("REMITTANCES", List.of("COUNTERPART_AREA"), true, null, null, null,
						BigDecimal.ONE)),
				this.secretariat);
		return this.dataSets.addObligation(set.id(), this.support.organisation("NBT", "TJ"), 30, Period.of(first),
				this.secretariat);
	}

	Row line(Obligation o, LocalDate day) {
		return this.completeness.of(this.directory.mechanismOrThrow("CCM-TJ"), day)
			.rows()
			.stream()
			.filter((r) -> r.obligation().id().equals(o.id()))
			.findFirst()
			.orElseThrow();
	}

	long count(Obligation o, String status) {
		return this.jdbc.sql("select count(*) from submission where obligation_id = ? and status = ?")
			.params(o.id(), status)
			.query(Long.class)
			.single();
	}

	MvcTestResult batch(String token, String action, List<UUID> ids) {
		StringBuilder body = new StringBuilder("{\"reports\":[");
		for (int i = 0; i < ids.size(); i++) {
			body.append((i > 0) ? "," : "").append("{\"id\":\"").append(ids.get(i)).append("\"}");
		}
		body.append("]}");
		return this.mvc.post()
			.uri("/api/v1/reports/" + action)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString())
			.exchange();
	}

	@Test
	void bulkApproveOfHundredReportsIsOneRequestAndAllOrNothing() throws Exception {
		Obligation o = annual("2020");
		LocalDate day = LocalDate.of(2024, 6, 1);
		Summary before = line(o, day).summary();

		// a century of history, 1920 to 2019, in one file: one report per year
		List<SourceRow> rows = new ArrayList<>();
		for (int year = 1920; year < 2020; year++) {
			rows.add(row(year - 1918, "REMITTANCES", Integer.toString(year), (year - 1900) + ".125"));
		}
		ImportReport loaded = this.imports.run(new DataImport.Request(o.id(), false, null), reader(rows), this.focal);
		assertThat(loaded.stored()).as("%s", loaded.problems()).isTrue();
		assertThat(loaded.periods()).hasSize(100);
		List<UUID> ids = this.submissions.ofObligation(o.id()).stream().map(Submission::id).toList();
		assertThat(ids).hasSize(100);

		String focalToken = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		MvcTestResult submitted = batch(focalToken, "submit", ids);
		assertThat(submitted).hasStatusOk();
		assertThat((Integer) JsonPath.read(submitted.getResponse().getContentAsString(), "$.count")).isEqualTo(100);
		assertThat(count(o, "SUBMITTED")).isEqualTo(100);

		// one report goes back to its reporters: approving all hundred is refused, and
		// none is approved
		Submission bad = this.submissions.find(ids.get(37)).orElseThrow();
		this.submissions.giveBack(bad.id(), bad.version(), "Check the source", this.secretariat);
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		MvcTestResult refused = batch(token, "approve", ids);
		assertThat(refused).hasStatus(422);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		String problem = refused.getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(problem, "$.problems[*].target")).containsExactly(bad.id().toString());
		assertThat((List<String>) JsonPath.read(problem, "$.problems[*].code"))
			.containsExactly("data.approve.not-submitted");
		assertThat(count(o, "APPROVED")).isZero();
		assertThat(count(o, "SUBMITTED")).isEqualTo(99);
		assertThat(this.jdbc.sql("select count(*) from published_value where obligation_id = ?")
			.param(o.id())
			.query(Long.class)
			.single()).isZero();

		// submitted again, the hundred are approved in one request
		Submission again = this.submissions.find(bad.id()).orElseThrow();
		assertThat(this.submissions.submit(again.id(), again.version(), this.focal)).isEmpty();
		MvcTestResult approved = batch(token, "approve", ids);
		assertThat(approved).hasStatusOk();
		assertThat((Integer) JsonPath.read(approved.getResponse().getContentAsString(), "$.count")).isEqualTo(100);
		assertThat(count(o, "APPROVED")).isEqualTo(100);

		// the history changed neither completeness nor timeliness
		Row after = line(o, day);
		assertThat(after.summary()).isEqualTo(before);
		assertThat(after.summary()).isEqualTo(new Summary(4, 4, 0, 0, 0, 4, 0));
		assertThat(after.cells().keySet()).extracting(Period::code).containsExactly("2020", "2021", "2022", "2023");
		assertThat(o.historical(Period.of("2019"))).isTrue();
		assertThat(o.historical(Period.of("2020"))).isFalse();
	}

	MvcTestResult step(String token, UUID id, String action, String body) {
		var request = this.mvc.post()
			.uri("/api/v1/reports/" + id + "/" + action)
			.header("Authorization", "Bearer " + token);
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

	static List<String> codes(MvcTestResult result) throws Exception {
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		return JsonPath.read(result.getResponse().getContentAsString(), "$.problems[*].code");
	}

	String report(String token, UUID id, String field) throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/reports/" + id)
			.header("Authorization", "Bearer " + token)
			.exchange();
		assertThat(result).hasStatusOk();
		Object value = JsonPath.read(result.getResponse().getContentAsString(), "$." + field);
		return (value != null) ? value.toString() : null;
	}

	@Test
	void reportsAreReturnedReleasedAndAcceptedThroughTheApiOnlyByThoseWithTheRight() throws Exception {
		Obligation o = annual("2020");
		ImportReport loaded = this.imports.run(new DataImport.Request(o.id(), false, null),
				reader(List.of(row(2, "REMITTANCES", "2012", "1.5"), row(3, "REMITTANCES", "2013", "2.5"))),
				this.focal);
		assertThat(loaded.stored()).as("%s", loaded.problems()).isTrue();
		List<UUID> ids = this.submissions.ofObligation(o.id()).stream().map(Submission::id).toList();
		assertThat(ids).hasSize(2);
		UUID first = ids.get(0);
		String focalToken = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		String regional = TestRequests.apiToken(this.mvc, "regional");
		assertThat(batch(focalToken, "submit", ids)).hasStatusOk();

		// return: the reporters may not return their own report, and a comment is
		// required
		MvcTestResult byReporter = step(focalToken, first, "return", "{\"comment\":\"Check it\"}");
		assertThat(byReporter).hasStatus(422);
		assertThat(codes(byReporter)).containsExactly("data.batch.not-found");
		MvcTestResult silent = step(token, first, "return", null);
		assertThat(silent).hasStatus(422);
		assertThat(codes(silent)).containsExactly("data.return.comment-required");
		assertThat(count(o, "SUBMITTED")).isEqualTo(2);
		MvcTestResult returned = step(token, first, "return", "{\"comment\":\"Check the 2012 source\"}");
		assertThat(returned).hasStatusOk();
		assertThat((String) JsonPath.read(returned.getResponse().getContentAsString(), "$.action")).isEqualTo("RETURN");
		assertThat(report(token, first, "status")).isEqualTo("RETURNED");
		assertThat(this.submissions.find(first).orElseThrow().returnComment()).isEqualTo("Check the 2012 source");

		// submitted again, both approved
		assertThat(step(focalToken, first, "submit", null)).hasStatusOk();
		assertThat(batch(token, "approve", ids)).hasStatusOk();
		assertThat(count(o, "APPROVED")).isEqualTo(2);

		// release: not by the reporters, nor by another country's secretariat; nothing
		// moves
		MvcTestResult releasedByReporter = batch(focalToken, "release", ids);
		assertThat(releasedByReporter).hasStatus(422);
		assertThat(codes(releasedByReporter)).containsExactly("data.batch.not-found", "data.batch.not-found");
		assertThat(batch(TestRequests.apiToken(this.mvc, "secretariat.kz"), "release", ids)).hasStatus(422);
		assertThat(report(token, first, "releasedAt")).isNull();
		// not accepted before it is released
		MvcTestResult early = step(regional, first, "accept", null);
		assertThat(early).hasStatus(422);
		assertThat(codes(early)).containsExactly("data.release.not-released");

		assertThat(step(token, first, "release", null)).hasStatusOk();
		MvcTestResult released = batch(token, "release", List.of(ids.get(1)));
		assertThat(released).hasStatusOk();
		assertThat((Integer) JsonPath.read(released.getResponse().getContentAsString(), "$.count")).isEqualTo(1);
		assertThat(report(token, first, "releasedAt")).isNotNull();
		assertThat(report(token, ids.get(1), "releasedAt")).isNotNull();

		// accept: only the regional secretariat, not the national one
		MvcTestResult acceptedNationally = batch(token, "accept", ids);
		assertThat(acceptedNationally).hasStatus(422);
		assertThat(codes(acceptedNationally)).containsExactly("data.batch.not-found", "data.batch.not-found");
		assertThat(report(token, first, "regionalAcceptedAt")).isNull();
		MvcTestResult accepted = batch(regional, "accept", ids);
		assertThat(accepted).hasStatusOk();
		assertThat((List<String>) JsonPath.read(accepted.getResponse().getContentAsString(), "$.reports"))
			.containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
		assertThat(report(token, first, "regionalAcceptedAt")).isNotNull();
		assertThat(report(token, ids.get(1), "regionalAcceptedAt")).isNotNull();
		assertThat(this.jdbc.sql("select count(*) from published_value where obligation_id = ? and regional = true")
			.param(o.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anotherMechanismsSecretariatCannotApproveAndNothingMoves() {
		Obligation o = annual("2020");
		ImportReport loaded = this.imports.run(new DataImport.Request(o.id(), false, null),
				reader(List.of(row(2, "REMITTANCES", "2010", "1"), row(3, "REMITTANCES", "2011", "2"))), this.focal);
		assertThat(loaded.stored()).isTrue();
		List<UUID> ids = this.submissions.ofObligation(o.id()).stream().map(Submission::id).toList();
		assertThat(batch(TestRequests.apiToken(this.mvc, "focal.nbt.tj"), "submit", ids)).hasStatusOk();
		MvcTestResult foreign = batch(TestRequests.apiToken(this.mvc, "secretariat.kz"), "approve", ids);
		assertThat(foreign).hasStatus(422);
		assertThat(count(o, "SUBMITTED")).isEqualTo(2);
	}

	@Test
	void fiveYearlyObligationsExpectOnlyTheirReferenceYears() {
		DataSet set = this.dataSets.create(StatisticsTestSupport.TJ, StatisticsTestSupport.uniqueCode("STK"),
				LocalizedText.of("en", "Migrant stock"), Periodicity.FIVE_YEARLY, Visibility.PUBLIC,
				List.of(new DataSet.Item("REMITTANCES", List.of("COUNTERPART_AREA"), false, null, null,
						new BigDecimal("50"), BigDecimal.ONE)),
				this.secretariat);
		Obligation o = this.dataSets.addObligation(set.id(), this.support.organisation("NBT", "TJ"), 90,
				Period.of("2000"), this.secretariat);
		assertThat(o.firstPeriod().periodicity()).isEqualTo(Periodicity.FIVE_YEARLY);

		Row row = line(o, LocalDate.of(2024, 6, 1));
		assertThat(row.cells().keySet()).extracting(Period::code)
			.as("the years between are never expected, so never overdue")
			.containsExactly("2000", "2005", "2010", "2015", "2020");

		ImportReport report = this.imports.run(new DataImport.Request(o.id(), false, null),
				reader(List.of(row(2, "REMITTANCES", "1990", "100"), row(3, "REMITTANCES", "1995", "110"),
						row(4, "REMITTANCES", "2021", "120"))),
				this.focal);
		assertThat(report.problems()).extracting(ImportReport.Problem::line, ImportReport.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "data.row.period-periodicity"));
		report = this.imports.run(new DataImport.Request(o.id(), false, null),
				reader(List.of(row(2, "REMITTANCES", "1990", "100"), row(3, "REMITTANCES", "1995", "200"))),
				this.focal);
		assertThat(report.stored()).isTrue();
		assertThat(report.periods()).containsExactly("1990", "1995");
		// 1995 doubled against 1990, five years before: a warning while drafting
		assertThat(report.problems()).extracting(ImportReport.Problem::key)
			.containsExactly("data.rule.change-needs-note");
		assertThat(report.problems().get(0).severity()).isEqualTo(ImportReport.Severity.WARNING);
		assertThat(line(o, LocalDate.of(2024, 6, 1)).summary()).isEqualTo(row.summary());
	}

	@Test
	void theChangeCheckComparesWithThePreviousPeriodWhateverItsState() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		// 2024-Q1 only drafted, 2024-Q2 doubles it: the draft is saved with a warning
		ImportReport first = this.imports.run(new DataImport.Request(o.id(), false, null),
				reader(List.of(row(2, "REMITTANCES", "2024-Q1", "100"), row(3, "REMITTANCES", "2024-Q2", "200"))),
				this.focal);
		assertThat(first.stored()).isTrue();
		assertThat(first.problems()).extracting(ImportReport.Problem::key, ImportReport.Problem::severity)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("data.rule.change-needs-note", ImportReport.Severity.WARNING));
		Submission q2 = this.submissions.current(o.id(), Period.of("2024-Q2")).orElseThrow();
		// only the missing note blocks submitting
		assertThat(this.submissions.submit(q2.id(), q2.version(), this.focal))
			.extracting(ImportReport.Problem::key, ImportReport.Problem::severity)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("data.rule.change-needs-note", ImportReport.Severity.ERROR));
		// the previous draft is corrected: the check follows it at once
		this.imports.run(new DataImport.Request(o.id(), false, null),
				reader(List.of(row(2, "REMITTANCES", "2024-Q1", "190"))), this.focal);
		q2 = this.submissions.find(q2.id()).orElseThrow();
		assertThat(this.submissions.problems(q2)).isEmpty();
		assertThat(this.submissions.submit(q2.id(), q2.version(), this.focal)).isEmpty();
	}

}
