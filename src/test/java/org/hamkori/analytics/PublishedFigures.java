package org.hamkori.analytics;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.TestClock;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Approved figures for tests, written the way the approval writes them: a data set of a
 * mechanism, an institution's reporting obligation, a submission and its published
 * values. Each test takes its own random year, far from any real data, so tests sharing
 * the database do not see each other's figures.
 */
final class PublishedFigures {

	static final UUID RCM = UUID.fromString("00000000-0000-4000-8000-000000000100");

	static final UUID CCM_KZ = UUID.fromString("00000000-0000-4000-8000-000000000101");

	static final UUID CCM_TJ = UUID.fromString("00000000-0000-4000-8000-000000000103");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	final UUID mechanismId;

	final UUID dataSetId;

	final UUID obligationId;

	final String visibility;

	private final java.util.Map<Integer, UUID> submissions = new java.util.HashMap<>();

	private final java.util.Map<String, UUID> byPeriod = new java.util.HashMap<>();

	private PublishedFigures(JdbcClient jdbc, UUID mechanismId, UUID dataSetId, UUID obligationId, String visibility) {
		this.jdbc = jdbc;
		this.mechanismId = mechanismId;
		this.dataSetId = dataSetId;
		this.obligationId = obligationId;
		this.visibility = visibility;
	}

	/**
	 * The next of this run's years, all between 1100 and 1899, where no real figure lies.
	 */
	private static final java.util.concurrent.atomic.AtomicInteger YEARS = new java.util.concurrent.atomic.AtomicInteger(
			1100 + new java.util.Random().nextInt(400));

	/**
	 * A year no other test of this run uses, nor the nine after it (tests share the
	 * database, and two tests on one year would see each other's figures summed), between
	 * 1100 and 1899.
	 */
	static int randomYear() {
		return YEARS.getAndAdd(10);
	}

	static UUID organisation(JdbcClient jdbc, String acronym) {
		return jdbc.sql("select id from organisation where acronym = ?").param(acronym).query(UUID.class).single();
	}

	/** A data set of the mechanism with the visibility, reported by the institution. */
	static PublishedFigures of(JdbcClient jdbc, UUID mechanismId, String organisationAcronym, String visibility) {
		UUID dataSet = UUID.randomUUID();
		String code = "T" + Long.toHexString(RANDOM.nextLong()).toUpperCase();
		jdbc.sql("""
				insert into data_set (id, mechanism_id, code, name, periodicity, visibility, created_at)
				values (?, ?, ?, ?, 'ANNUAL', ?, ?)""")
			.params(dataSet, mechanismId, code, "{\"en\":\"Test set " + code + "\"}", visibility,
					Timestamp.from(TestClock.instant()))
			.update();
		UUID obligation = UUID.randomUUID();
		jdbc.sql("""
				insert into reporting_obligation (id, data_set_id, organisation_id, due_days, first_period, created_at)
				values (?, ?, ?, 30, '1100', ?)""")
			.params(obligation, dataSet, organisation(jdbc, organisationAcronym), Timestamp.from(TestClock.instant()))
			.update();
		return new PublishedFigures(jdbc, mechanismId, dataSet, obligation, visibility);
	}

	/** The data set's code. */
	String dataSetCode() {
		return this.jdbc.sql("select code from data_set where id = ?")
			.param(this.dataSetId)
			.query(String.class)
			.single();
	}

	/** An approved total of an annual period. */
	PublishedFigures total(String indicator, int year, String value) {
		return value(indicator, year, "_T", "_T", value, Instant.parse("2026-01-01T00:00:00Z"));
	}

	PublishedFigures value(String indicator, int year, String sex, String destination, String value,
			Instant approvedAt) {
		String period = String.valueOf(year);
		UUID submission = this.submissions.computeIfAbsent(year, (y) -> submission(period, y));
		this.jdbc
			.sql("""
					insert into published_value (obligation_id, mechanism_id, data_set_id, submission_id, indicator, period,
					period_start, periodicity, sex, age, counterpart_area, activity, occupation, education, migrant_category,
					obs_value, visibility, regional, approved_at)
					values (?, ?, ?, ?, ?, ?, ?, 'ANNUAL', ?, '_T', ?, '_T', '_T', '_T', '_T', ?, ?, false, ?)""")
			.params(this.obligationId, this.mechanismId, this.dataSetId, submission, indicator, period,
					LocalDate.of(year, 1, 1), sex, destination, new BigDecimal(value), this.visibility,
					Timestamp.from(approvedAt))
			.update();
		return this;
	}

	/**
	 * An approved total of a month or quarter, for instance {@code 1305-02} or
	 * {@code 1305-Q1}.
	 */
	PublishedFigures total(String indicator, String periodCode, String value) {
		org.hamkori.indicators.Period period = org.hamkori.indicators.Period.of(periodCode);
		UUID submission = this.byPeriod.computeIfAbsent(period.code(), (code) -> submission(code, period.start()));
		this.jdbc
			.sql("""
					insert into published_value (obligation_id, mechanism_id, data_set_id, submission_id, indicator, period,
					period_start, periodicity, sex, age, counterpart_area, activity, occupation, education, migrant_category,
					obs_value, visibility, regional, approved_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, '_T', '_T', '_T', '_T', '_T', '_T', '_T', ?, ?, false, ?)""")
			.params(this.obligationId, this.mechanismId, this.dataSetId, submission, indicator, period.code(),
					period.start(), period.periodicity().name(), new BigDecimal(value), this.visibility,
					Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
			.update();
		return this;
	}

	private UUID submission(String period, int year) {
		return submission(period, LocalDate.of(year, 1, 1));
	}

	private UUID submission(String period, LocalDate start) {
		UUID submission = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into submission (id, obligation_id, period, period_start, revision, status, created_at, created_by,
					version) values (?, ?, ?, ?, 1, 'APPROVED', ?, 'test', 0)""")
			.params(submission, this.obligationId, period, start, Timestamp.from(TestClock.instant()))
			.update();
		return submission;
	}

	/** The regional secretariat accepts the figures for the regional view. */
	void acceptForRegion() {
		this.jdbc.sql("update published_value set regional = true where obligation_id = ?")
			.param(this.obligationId)
			.update();
	}

}
