package org.hamkori.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.Completeness.Timeliness;
import org.hamkori.reporting.StatisticsDemoFigures.Profile;
import org.hamkori.reporting.StatisticsDemoFigures.Sheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic demo figures of the data exchange as the test database holds them after
 * start-up (demo mode is on in tests): three data sets per country named as synthetic,
 * figures of plausible size whose totals are the sums of their breakdowns, a Tajik
 * history with every step of the workflow, the last Tajik remittances quarter left for
 * the browser test to upload, figures accepted for the regional view, and a second run
 * that adds nothing.
 */
@HamkoriWebTest
class StatisticsDemoDataTests {

	static final List<String> COUNTRIES = List.of("CCM-KZ", "CCM-KG", "CCM-TJ", "CCM-UZ");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	Submissions submissions;

	@Autowired
	Completeness completeness;

	@Autowired
	StatisticsDemoData demo;

	Mechanism mechanism(String code) {
		return this.directory.mechanismOrThrow(code);
	}

	Obligation obligation(String mechanism, String dataSet) {
		DataSet set = this.dataSets.byCode(mechanism(mechanism).id(), dataSet).orElseThrow();
		return this.dataSets.obligationsOf(set.id()).get(0);
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void everyCountryHasThreeDataSetsNamedAsSyntheticWithFiguresSince2022() {
		for (String country : COUNTRIES) {
			for (String code : StatisticsDemoData.CODES) {
				DataSet set = this.dataSets.byCode(mechanism(country).id(), code).orElseThrow();
				assertThat(set.name().get("en")).as(country + " " + code).endsWith("(synthetic demo data)");
				assertThat(set.name().get("ru")).endsWith("(синтетические демонстрационные данные)");
				assertThat(set.name().get("tg")).contains("синтетик");
				List<Obligation> obligations = this.dataSets.obligationsOf(set.id());
				assertThat(obligations).hasSize(1);
				assertThat(obligations.get(0).firstPeriod().code())
					.isEqualTo((set.periodicity() == Periodicity.MONTHLY) ? "2022-01" : "2022-Q1");
				assertThat(count("select count(distinct period) from published_value where data_set_id = ?", set.id()))
					.as(country + " " + code + " approved periods")
					.isGreaterThan((set.periodicity() == Periodicity.MONTHLY) ? 40 : 12);
			}
		}
		assertThat(this.dataSets.byCode(mechanism("CCM-TJ").id(), StatisticsDemoData.FLOWS).orElseThrow().periodicity())
			.isEqualTo(Periodicity.MONTHLY);
	}

	@Test
	void tajikistanHasApprovedLateReturnedAndRevisedReports() {
		Mechanism tj = mechanism("CCM-TJ");
		List<UUID> obligations = StatisticsDemoData.CODES.stream().map((c) -> obligation("CCM-TJ", c).id()).toList();
		String in = "(?, ?, ?)";

		assertThat(count("select count(*) from submission where status = 'APPROVED' and obligation_id in " + in,
				obligations.toArray()))
			.isGreaterThan(60);

		List<Map<String, Object>> returned = this.jdbc
			.sql("select s.id, s.status, st.note from submission s join submission_step st on st.submission_id = s.id"
					+ " where st.status = 'RETURNED' and s.obligation_id in " + in)
			.params(obligations.toArray())
			.query()
			.listOfRows();
		assertThat(returned).isNotEmpty().allSatisfy((r) -> {
			assertThat(r.get("STATUS").toString()).isEqualTo("APPROVED");
			assertThat(r.get("NOTE").toString()).isNotBlank();
		});
		UUID corrected = (UUID) returned.get(0).get("ID");
		assertThat(this.submissions.steps(corrected)).extracting(Submission.Step::status)
			.containsExactly(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED, SubmissionStatus.RETURNED,
					SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED);

		List<Submission> revisions = this.jdbc
			.sql("select obligation_id, period from submission where revision = 2 and status = 'APPROVED'"
					+ " and revision_reason is not null and obligation_id in " + in)
			.params(obligations.toArray())
			.query((rs, n) -> this.submissions.versions(rs.getObject(1, UUID.class), Period.of(rs.getString(2))))
			.list()
			.stream()
			.flatMap(List::stream)
			.toList();
		assertThat(revisions).extracting(Submission::revision, Submission::status)
			.contains(org.assertj.core.groups.Tuple.tuple(2, SubmissionStatus.APPROVED),
					org.assertj.core.groups.Tuple.tuple(1, SubmissionStatus.SUPERSEDED));
		Submission revision = revisions.stream().filter((s) -> s.revision() == 2).findFirst().orElseThrow();
		assertThat(count("select count(*) from published_value where submission_id = ?", revision.id()))
			.as("the revision's figures are the published ones")
			.isPositive();

		Completeness.Report report = this.completeness.of(tj, this.completeness.today(tj));
		List<Completeness.Cell> cells = report.rows()
			.stream()
			.filter((r) -> obligations.contains(r.obligation().id()))
			.flatMap((r) -> r.cells().values().stream())
			.toList();
		long late = cells.stream().filter((c) -> c.timeliness() == Timeliness.LATE).count();
		long onTime = cells.stream().filter((c) -> c.timeliness() == Timeliness.ON_TIME).count();
		assertThat(late).isGreaterThanOrEqualTo(4);
		assertThat(onTime).as("most arrive on time").isGreaterThan(late * 4);
		assertThat(this.completeness.of(tj, this.completeness.today(tj))
			.rows()
			.stream()
			.filter((r) -> r.obligation().id().equals(obligation("CCM-TJ", StatisticsDemoData.FLOWS).id()))
			.findFirst()
			.orElseThrow()
			.cell(this.demo.newestPeriod(Periodicity.MONTHLY))
			.status()).as("the newest month waits for approval").isEqualTo(SubmissionStatus.SUBMITTED);
	}

	@Test
	void theLastEndedQuarterOfTajikRemittancesHasNoReportForTheBrowserTestToUpload() {
		Obligation remittances = obligation("CCM-TJ", StatisticsDemoData.REMITTANCES);
		Period last = this.demo.newestPeriod(Periodicity.QUARTERLY);
		assertThat(this.submissions.versions(remittances.id(), last)).isEmpty();
		assertThat(this.submissions.current(remittances.id(), last.previous()).orElseThrow().status())
			.isEqualTo(SubmissionStatus.APPROVED);
		UUID nbt = this.jdbc.sql("select id from organisation where acronym = 'NBT'").query(UUID.class).single();
		assertThat(remittances.organisationId()).as("reported by the National Bank").isEqualTo(nbt);
	}

	@Test
	void totalsAreTheSumsOfTheirBreakdownsByDestinationAndBySex() {
		String sums = "select p.obligation_id, p.indicator, p.period, max(case when p.sex = '_T' and"
				+ " p.counterpart_area = '_T' then p.obs_value end) as total,"
				+ " sum(case when p.sex = '_T' and p.counterpart_area <> '_T' then p.obs_value end) as by_area,"
				+ " sum(case when p.sex <> '_T' and p.counterpart_area = '_T' then p.obs_value end) as by_sex"
				+ " from published_value p join data_set d on d.id = p.data_set_id where d.code in (?, ?, ?)"
				+ " group by p.obligation_id, p.indicator, p.period";
		List<Map<String, Object>> rows = this.jdbc.sql(sums)
			.params(StatisticsDemoData.CODES.toArray())
			.query()
			.listOfRows();
		assertThat(rows).hasSizeGreaterThan(500);
		long checked = 0;
		for (Map<String, Object> r : rows) {
			BigDecimal total = (BigDecimal) r.get("TOTAL");
			assertThat(total).as("%s", r).isNotNull();
			for (String breakdown : List.of("BY_AREA", "BY_SEX")) {
				if (r.get(breakdown) != null) {
					assertThat((BigDecimal) r.get(breakdown)).as("%s %s", breakdown, r).isEqualByComparingTo(total);
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(500);
	}

	@Test
	void figuresHaveEachCountrysSize() {
		Obligation flows = obligation("CCM-TJ", StatisticsDemoData.FLOWS);
		List<Map<String, Object>> months = this.jdbc
			.sql("select period, sex, counterpart_area, obs_value from published_value where obligation_id = ?"
					+ " and indicator = 'DEPARTURES' and (sex = '_T' or counterpart_area = '_T')")
			.param(flows.id())
			.query()
			.listOfRows();
		Map<String, BigDecimal> total = new java.util.HashMap<>();
		Map<String, BigDecimal> women = new java.util.HashMap<>();
		Map<String, BigDecimal> russia = new java.util.HashMap<>();
		for (Map<String, Object> m : months) {
			String period = (String) m.get("PERIOD");
			BigDecimal value = (BigDecimal) m.get("OBS_VALUE");
			if ("_T".equals(m.get("SEX")) && "_T".equals(m.get("COUNTERPART_AREA"))) {
				total.put(period, value);
			}
			else if ("F".equals(m.get("SEX"))) {
				women.put(period, value);
			}
			else if ("RUS".equals(m.get("COUNTERPART_AREA"))) {
				russia.put(period, value);
			}
		}
		assertThat(total).hasSizeGreaterThan(40);
		total.forEach((period, value) -> {
			assertThat(value.doubleValue()).as(period).isBetween(30_000.0, 70_000.0);
			double share = women.get(period).doubleValue() / value.doubleValue();
			assertThat(share).as(period + " women").isBetween(0.08, 0.2);
			assertThat(russia.get(period).doubleValue() / value.doubleValue()).as(period + " Russia")
				.isGreaterThan(0.6);
		});
		for (int year = 2022; year <= 2025; year++) {
			assertThat(total.get(year + "-04")).as("spring peak " + year).isGreaterThan(total.get(year + "-01"));
		}

		assertThat(quarterly("CCM-TJ", "REMITTANCES")).allSatisfy((v) -> assertThat(v).isBetween(0.8e9, 2e9));
		assertThat(quarterly("CCM-KG", "REMITTANCES")).allSatisfy((v) -> assertThat(v).isBetween(0.7e9, 1.8e9));
		assertThat(quarterly("CCM-UZ", "REMITTANCES")).allSatisfy((v) -> assertThat(v).isBetween(2.5e9, 6e9));
		assertThat(quarterly("CCM-KZ", "REMITTANCES")).allSatisfy((v) -> assertThat(v).isLessThan(0.3e9));
		assertThat(quarterly("CCM-TJ", "LABOUR_FORCE")).allSatisfy((v) -> assertThat(v).isBetween(2e6, 3.5e6));
		assertThat(quarterly("CCM-UZ", "LABOUR_FORCE")).allSatisfy((v) -> assertThat(v).isBetween(13e6, 18e6));
	}

	List<Double> quarterly(String mechanism, String indicator) {
		List<Double> values = this.jdbc
			.sql("select p.obs_value from published_value p join data_set d on d.id = p.data_set_id"
					+ " where d.mechanism_id = ? and d.code in (?, ?) and p.indicator = ? and p.sex = '_T'"
					+ " and p.counterpart_area = '_T'")
			.params(mechanism(mechanism).id(), StatisticsDemoData.REMITTANCES, StatisticsDemoData.LABOUR_MARKET,
					indicator)
			.query(BigDecimal.class)
			.list()
			.stream()
			.map(BigDecimal::doubleValue)
			.toList();
		assertThat(values).as(mechanism + " " + indicator).hasSizeGreaterThan(12);
		return values;
	}

	@Test
	void theRegionalViewHasAcceptedFiguresOfEveryCountryAndSomeAwaitAcceptance() {
		List<String> regional = this.jdbc
			.sql("select distinct m.code from published_value p join data_set d on d.id = p.data_set_id"
					+ " join mechanism m on m.id = p.mechanism_id where p.regional = true and d.code in (?, ?, ?)")
			.params(StatisticsDemoData.CODES.toArray())
			.query(String.class)
			.list();
		assertThat(regional).containsExactlyInAnyOrderElementsOf(COUNTRIES);
		assertThat(count(
				"select count(*) from submission s join reporting_obligation o on o.id = s.obligation_id"
						+ " join data_set d on d.id = o.data_set_id where d.code in (?, ?, ?) and s.status = 'APPROVED'"
						+ " and s.released_at is not null and s.regional_accepted_at is null",
				StatisticsDemoData.CODES.toArray()))
			.as("released, waiting for the regional secretariat")
			.isPositive();
	}

	@Test
	void theHistoryLiesInThePastAfterEachPeriodsEnd() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("select s.period, s.created_at, s.submitted_at, s.decided_at, s.released_at,"
					+ " s.regional_accepted_at from submission s join reporting_obligation o on o.id = s.obligation_id"
					+ " join data_set d on d.id = o.data_set_id where d.code in (?, ?, ?)")
			.params(StatisticsDemoData.CODES.toArray())
			.query()
			.listOfRows();
		assertThat(rows).hasSizeGreaterThan(300);
		OffsetDateTime now = OffsetDateTime.now(TestClock.clock());
		for (Map<String, Object> r : rows) {
			LocalDate end = Period.of((String) r.get("PERIOD")).end();
			OffsetDateTime previous = null;
			for (String column : List.of("CREATED_AT", "SUBMITTED_AT", "DECIDED_AT", "RELEASED_AT",
					"REGIONAL_ACCEPTED_AT")) {
				OffsetDateTime at = time(r.get(column));
				if (at == null) {
					continue;
				}
				assertThat(at.toLocalDate()).as("%s %s", column, r).isAfter(end);
				assertThat(at).as("%s %s", column, r).isBefore(now);
				if (previous != null) {
					assertThat(at).as("%s %s", column, r).isAfter(previous);
				}
				previous = at;
			}
		}
		assertThat(count("select count(*) from submission_step st join submission s on s.id = st.submission_id"
				+ " join reporting_obligation o on o.id = s.obligation_id join data_set d on d.id = o.data_set_id"
				+ " where d.code in (?, ?, ?) and st.at > ?", StatisticsDemoData.CODES.get(0),
				StatisticsDemoData.CODES.get(1), StatisticsDemoData.CODES.get(2), now.minusHours(1)))
			.as("every step was moved back from the time of loading")
			.isZero();
		assertThat(count("select count(*) from published_value p join submission s on s.id = p.submission_id"
				+ " join data_set d on d.id = p.data_set_id where d.code in (?, ?, ?)"
				+ " and p.approved_at <> s.decided_at", StatisticsDemoData.CODES.toArray()))
			.as("figures are as of their approval")
			.isZero();
	}

	static OffsetDateTime time(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof OffsetDateTime t) {
			return t;
		}
		if (value instanceof java.sql.Timestamp t) {
			return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
		}
		return OffsetDateTime.parse(value.toString().replace(' ', 'T'));
	}

	@Test
	void runningTheDemoAgainAddsNothing() throws Exception {
		List<String> tables = List.of("data_set", "reporting_obligation", "submission", "submission_step", "data_value",
				"published_value");
		Map<String, Long> before = new java.util.LinkedHashMap<>();
		tables.forEach((t) -> before.put(t, count("select count(*) from " + t)));
		this.demo.load();
		tables.forEach((t) -> assertThat(count("select count(*) from " + t)).as(t).isEqualTo(before.get(t)));
	}

	@Test
	void theSameSeedGivesTheSameFiguresAndANewMonthChangesNoOldOne() {
		Profile tj = StatisticsDemoData.PROFILES.stream()
			.filter((p) -> p.mechanism().equals("CCM-TJ"))
			.findFirst()
			.orElseThrow();
		List<Sheet> twoYears = StatisticsDemoFigures.flows(tj, Period.of("2022-01"), Period.of("2023-12"));
		List<Sheet> again = StatisticsDemoFigures.flows(tj, Period.of("2022-01"), Period.of("2023-12"));
		List<Sheet> shorter = StatisticsDemoFigures.flows(tj, Period.of("2022-01"), Period.of("2023-06"));
		assertThat(twoYears).hasSize(24);
		for (int i = 0; i < twoYears.size(); i++) {
			assertThat(again.get(i).values).isEqualTo(twoYears.get(i).values);
		}
		for (int i = 0; i < shorter.size(); i++) {
			assertThat(shorter.get(i).values).isEqualTo(twoYears.get(i).values);
		}
		assertThat(twoYears.get(0).total("DEPARTURES")).isNotEqualTo(twoYears.get(12).total("DEPARTURES"));
		assertThat(twoYears.get(3).rows(new long[] { 0 })).extracting((r) -> r.indicator().toUpperCase(Locale.ROOT))
			.contains("DEPARTURES", "RETURNS");
	}

}
