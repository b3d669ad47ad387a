package org.hamkori.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.ImportReport.Problem;
import org.hamkori.shared.text.Decimals;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.Texts;
import org.hamkori.shared.web.ConflictException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The road of a period's report: draft, submitted, approved by the mechanism's
 * secretariat or returned with a comment. Approval locks the figures and publishes them
 * in the same transaction, so dashboards show them at once; a revision is a new version
 * with a reason, and every version and step stays visible. Each change checks the version
 * read and the status under a row lock, so an approval racing an edit ends with one of
 * them done and the other told that the report changed.
 */
@Service
@Transactional(readOnly = true)
public class Submissions {

	static final String COLUMNS = """
			id, obligation_id, period, revision, status, revision_reason, return_comment, created_at,
			created_by, submitted_at, submitted_by, decided_at, decided_by, released_at,
			regional_accepted_at, version""";

	/** A period's versions, newest first. */
	private static final String BY_PERIOD = """
			select %s
			from submission where obligation_id = ? and period = ?
			order by revision desc""".formatted(COLUMNS);

	private final JdbcClient jdbc;

	private final DataSets dataSets;

	private final DataChecks checks;

	private final Clock clock;

	private final SubmissionSteps steps;

	Submissions(JdbcClient jdbc, DataSets dataSets, DataChecks checks, Clock clock, SubmissionSteps steps) {
		this.steps = steps;
		this.jdbc = jdbc;
		this.dataSets = dataSets;
		this.checks = checks;
		this.clock = clock;
	}

	/** A value of a submission, with its codes in dimension order. */
	public record Value(String indicator, List<String> codes, BigDecimal value, String note) {

		public String code(String dimension) {
			return this.codes.get(Dimensions.CODES.indexOf(dimension));
		}

	}

	public Optional<Submission> find(UUID id) {
		return this.jdbc.sql("""
				select %s
				from submission where id = ?""".formatted(COLUMNS)).param(id).query(Submissions::map).optional();
	}

	/** The latest version of a period's report, if any. */
	public Optional<Submission> current(UUID obligationId, Period period) {
		return this.jdbc.sql(BY_PERIOD)
			.params(obligationId, period.code())
			.query(Submissions::map)
			.stream()
			.findFirst();
	}

	/**
	 * Every version of every period of an obligation, newest period and version first.
	 */
	public List<Submission> ofObligation(UUID obligationId) {
		return this.jdbc.sql("""
				select %s
				from submission where obligation_id = ?
				order by period_start desc, revision desc""".formatted(COLUMNS))
			.param(obligationId)
			.query(Submissions::map)
			.list();
	}

	/** The versions of one period, newest first. */
	public List<Submission> versions(UUID obligationId, Period period) {
		return this.jdbc.sql(BY_PERIOD).params(obligationId, period.code()).query(Submissions::map).list();
	}

	public List<Submission.Step> steps(UUID submissionId) {
		return this.jdbc.sql("select status, note, actor, at from submission_step where submission_id = ? order by at")
			.param(submissionId)
			.query((rs, n) -> new Submission.Step(SubmissionStatus.valueOf(rs.getString(1)), rs.getString(2),
					rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	public List<Value> values(UUID submissionId) {
		return this.jdbc
			.sql("""
					select indicator, %s, obs_value, note from data_value
					where submission_id = ? order by indicator, %s""".formatted(Dimensions.COLUMN_LIST,
					Dimensions.COLUMN_LIST))
			.param(submissionId)
			.query((rs, n) -> {
				String[] codes = new String[Dimensions.COLUMNS.size()];
				for (int i = 0; i < codes.length; i++) {
					codes[i] = rs.getString(2 + i);
				}
				return new Value(rs.getString(1), List.of(codes), Decimals.exact(rs.getBigDecimal(2 + codes.length)),
						rs.getString(3 + codes.length));
			})
			.list();
	}

	/**
	 * Whether a viewer may read an obligation's reports: its reporters, the mechanism's
	 * secretariat and admins; the mechanism's other members too unless the data set is
	 * restricted (the rule of {@link Viewer#canSee}, as analytics applies it to the
	 * published figures).
	 */
	public boolean canRead(Obligation obligation, Viewer viewer) {
		if (viewer.admin() || canReport(obligation, viewer)) {
			return true;
		}
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		return viewer.isMemberOf(obligation.mechanismId()) && viewer.canSee(obligation.mechanismId(), set.visibility(),
				java.util.Set.of(obligation.organisationId()));
	}

	public boolean canReport(Obligation obligation, Viewer viewer) {
		return viewer.represents(obligation.mechanismId(), obligation.organisationId())
				|| viewer.canManage(obligation.mechanismId());
	}

	/**
	 * Submits a draft for approval when it has no error; its problems otherwise (nothing
	 * changes then). Unnoted large changes and missing required totals count as errors
	 * here.
	 */
	@Transactional
	public List<Problem> submit(UUID submissionId, long version, Viewer viewer) {
		Submission s = lock(submissionId);
		Obligation obligation = this.dataSets.obligation(s.obligationId()).orElseThrow();
		if (!canReport(obligation, viewer)) {
			throw new NotFoundException();
		}
		requireVersion(s, version);
		if (s.status() != SubmissionStatus.DRAFT && s.status() != SubmissionStatus.RETURNED) {
			throw RuleViolation.of("data.submit.not-draft");
		}
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		List<Problem> problems = this.checks.check(set, obligation, s.id(),
				Period.of(s.period().code(), set.periodicity()), true);
		if (problems.stream().anyMatch(Problem::isError)) {
			return problems;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				update submission set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?,
				version = version + 1 where id = ?""").params(now, viewer.actor(), s.id()).update();
		this.steps.record(s.id(), SubmissionStatus.SUBMITTED, null, viewer, now);
		return problems;
	}

	/**
	 * Approves a submitted report, locks it and publishes its figures in this
	 * transaction.
	 */
	@Transactional
	public void approve(UUID submissionId, long version, Viewer viewer) {
		Submission s = lock(submissionId);
		Obligation obligation = this.dataSets.obligation(s.obligationId()).orElseThrow();
		if (!viewer.canManage(obligation.mechanismId())) {
			throw new NotFoundException();
		}
		requireVersion(s, version);
		if (s.status() != SubmissionStatus.SUBMITTED) {
			throw RuleViolation.of("data.approve.not-submitted");
		}
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				update submission set status = 'SUPERSEDED', version = version + 1
				where obligation_id = ? and period = ? and status = 'APPROVED'""")
			.params(obligation.id(), s.period().code())
			.update();
		this.jdbc.sql("""
				update submission set status = 'APPROVED', decided_at = ?, decided_by = ?, return_comment = null,
				version = version + 1 where id = ?""").params(now, viewer.actor(), s.id()).update();
		this.steps.record(s.id(), SubmissionStatus.APPROVED, null, viewer, now);
		this.jdbc.sql("delete from published_value where obligation_id = ? and period = ?")
			.params(obligation.id(), s.period().code())
			.update();
		this.jdbc
			.sql("""
					insert into published_value (obligation_id, mechanism_id, data_set_id, submission_id,
					indicator, period, period_start, periodicity, %s, obs_value, visibility, regional, approved_at) select ?, ?, ?, submission_id, indicator, ?, ?, ?, %s, obs_value, ?, false, ? from data_value where submission_id = ?"""
				.formatted(Dimensions.COLUMN_LIST, Dimensions.COLUMN_LIST))
			.params(obligation.id(), obligation.mechanismId(), set.id(), s.period().code(), s.period().start(),
					set.periodicity().name(), set.visibility().name(), now, s.id())
			.update();
	}

	/** Returns a submitted report to its reporters with a comment. */
	@Transactional
	public void giveBack(UUID submissionId, long version, String comment, Viewer viewer) {
		Submission s = lock(submissionId);
		Obligation obligation = this.dataSets.obligation(s.obligationId()).orElseThrow();
		if (!viewer.canManage(obligation.mechanismId())) {
			throw new NotFoundException();
		}
		requireVersion(s, version);
		String text = Texts.blankToNull(comment);
		if (text == null) {
			throw RuleViolation.of("data.return.comment-required");
		}
		if (s.status() != SubmissionStatus.SUBMITTED) {
			throw RuleViolation.of("data.approve.not-submitted");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				update submission set status = 'RETURNED', decided_at = ?, decided_by = ?, return_comment = ?,
				version = version + 1 where id = ?""").params(now, viewer.actor(), text, s.id()).update();
		this.steps.record(s.id(), SubmissionStatus.RETURNED, text, viewer, now);
	}

	/**
	 * The national secretariat releases approved figures of a period to the regional
	 * mechanism.
	 */
	@Transactional
	public void release(UUID submissionId, Viewer viewer) {
		Submission s = lock(submissionId);
		Obligation obligation = this.dataSets.obligation(s.obligationId()).orElseThrow();
		if (!viewer.canManage(obligation.mechanismId())) {
			throw new NotFoundException();
		}
		if (s.status() != SubmissionStatus.APPROVED) {
			throw RuleViolation.of("data.release.not-approved");
		}
		this.jdbc.sql("update submission set released_at = ?, version = version + 1 where id = ?")
			.params(OffsetDateTime.now(this.clock), s.id())
			.update();
	}

	/** The regional secretariat accepts released figures for the regional view. */
	@Transactional
	public void acceptRegionally(UUID submissionId, Viewer viewer) {
		Submission s = lock(submissionId);
		if (!viewer.isRegionalSecretariat() && !viewer.admin()) {
			throw new NotFoundException();
		}
		if (s.status() != SubmissionStatus.APPROVED || s.releasedAt() == null) {
			throw RuleViolation.of("data.release.not-released");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("update submission set regional_accepted_at = ?, version = version + 1 where id = ?")
			.params(now, s.id())
			.update();
		this.jdbc.sql("update published_value set regional = true where submission_id = ?").param(s.id()).update();
	}

	/** Released national reports the regional secretariat has not accepted yet. */
	public List<Submission> awaitingRegionalAcceptance() {
		return this.jdbc.sql("""
				select %s
				from submission where status = 'APPROVED' and released_at is not null
				and regional_accepted_at is null order by released_at""".formatted(COLUMNS))
			.query(Submissions::map)
			.list();
	}

	/**
	 * A mechanism's reports waiting for its secretariat, oldest period first: submitted
	 * ones to approve or return, or approved ones not yet released to the regional
	 * mechanism.
	 */
	public List<Submission> waitingFor(UUID mechanismId, SubmissionStatus status) {
		return this.jdbc.sql("""
				select %s
				from submission where status = ? and (status <> 'APPROVED' or released_at is null)
				and obligation_id in (select o.id from reporting_obligation o join data_set d on d.id = o.data_set_id
				where d.mechanism_id = ?) order by period_start, created_at""".formatted(COLUMNS))
			.params(status.name(), mechanismId)
			.query(Submissions::map)
			.list();
	}

	/** Problems of a draft as they stand (for the grid and the submission page). */
	public List<Problem> problems(Submission s) {
		return problems(s, false);
	}

	/**
	 * A report's problems as submitting checks them, where unnoted large changes and
	 * missing required totals are errors.
	 */
	public List<Problem> submitProblems(Submission s) {
		return problems(s, true);
	}

	private List<Problem> problems(Submission s, boolean submitting) {
		Obligation obligation = this.dataSets.obligation(s.obligationId()).orElseThrow();
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		return this.checks.check(set, obligation, s.id(), Period.of(s.period().code(), set.periodicity()), submitting);
	}

	/** For each period of an obligation, its latest version. */
	public Map<String, Submission> latestByPeriod(UUID obligationId) {
		Map<String, Submission> latest = new java.util.LinkedHashMap<>();
		for (Submission s : ofObligation(obligationId)) {
			latest.putIfAbsent(s.period().code(), s);
		}
		return latest;
	}

	private Submission lock(UUID id) {
		return this.jdbc.sql("""
				select %s
				from submission where id = ? for update""".formatted(COLUMNS))
			.param(id)
			.query(Submissions::map)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private static void requireVersion(Submission s, long version) {
		if (s.version() != version) {
			throw new ConflictException();
		}
	}

	static Submission map(ResultSet rs, int n) throws SQLException {
		return new Submission(rs.getObject("id", UUID.class), rs.getObject("obligation_id", UUID.class),
				Period.of(rs.getString("period")), rs.getInt("revision"),
				SubmissionStatus.valueOf(rs.getString("status")), rs.getString("revision_reason"),
				rs.getString("return_comment"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("created_by"), rs.getObject("submitted_at", OffsetDateTime.class),
				rs.getString("submitted_by"), rs.getObject("decided_at", OffsetDateTime.class),
				rs.getString("decided_by"), rs.getObject("released_at", OffsetDateTime.class),
				rs.getObject("regional_accepted_at", OffsetDateTime.class), rs.getLong("version"));
	}

}
