package org.hamkori.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.formats.RowReader;
import org.hamkori.formats.SourceRow;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.StatisticsDemoFigures.Sheet;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.hamkori.reporting.StatisticsDemoData.FLOWS;
import static org.hamkori.reporting.StatisticsDemoData.LABOUR_MARKET;
import static org.hamkori.reporting.StatisticsDemoData.REMITTANCES;

/**
 * Walks the demo obligations' reports through the real workflow (import, submit, return,
 * approve, release, accept) along their stories, then moves each step back to a plausible
 * time after its period's end. One instance serves one load of the demo data.
 */
final class DemoReports {

	private final Directory directory;

	private final DataSets dataSets;

	private final DataImport imports;

	private final Submissions submissions;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	/**
	 * Steps written by this run are stamped at or after this instant; history before it.
	 */
	private final OffsetDateTime runStart;

	private final OffsetDateTime latest;

	private final Map<UUID, Timeline> timelines = new LinkedHashMap<>();

	private final List<Object[]> steps = new ArrayList<>();

	private final List<UUID> obligations = new ArrayList<>();

	private final Viewer regional;

	int reports;

	DemoReports(Directory directory, DataSets dataSets, DataImport imports, Submissions submissions, JdbcClient jdbc,
			JdbcTemplate template, Clock clock) {
		this.directory = directory;
		this.dataSets = dataSets;
		this.imports = imports;
		this.submissions = submissions;
		this.jdbc = jdbc;
		this.template = template;
		this.runStart = OffsetDateTime.now(clock).minusSeconds(1);
		this.latest = this.runStart.minusHours(2);
		UUID rcm = directory.mechanismOrThrow(Mechanism.REGIONAL_CODE).id();
		this.regional = new Viewer(UUID.randomUUID(), "regional", null, false,
				List.of(new Viewer.Seat(rcm, Mechanism.REGIONAL_CODE, true, MembershipRole.SECRETARIAT)));
	}

	/**
	 * Imports all periods of an obligation at once, then walks each period's report along
	 * its story.
	 */
	void report(Mechanism mechanism, ZoneId zone, DataSet set, UUID organisation, int dueDays, Period first,
			List<Sheet> sheets, DemoStory story, Viewer reporter, Viewer secretariat) {
		Obligation obligation = this.dataSets.addObligation(set.id(), organisation, dueDays, first, secretariat);
		this.obligations.add(obligation.id());
		Random random = new Random(7919L * set.code().hashCode() + mechanism.code().hashCode());
		List<Sheet> reported = new ArrayList<>();
		for (Sheet sheet : sheets) {
			if (story.missing.contains(sheet.period)) {
				continue;
			}
			Consumer<Sheet> change = story.firstTry.getOrDefault(sheet.period, story.preliminary.get(sheet.period));
			Sheet sent = sheet;
			if (change != null) {
				sent = sheet.copy();
				change.accept(sent);
			}
			reported.add(sent);
		}
		importSheets(obligation, reported, null, reporter);
		Map<String, Submission> latest = this.submissions.latestByPeriod(obligation.id());
		Period newest = reported.isEmpty() ? null : reported.get(reported.size() - 1).period;
		List<Submission> approved = new ArrayList<>();
		for (Sheet sheet : sheets) {
			Submission s = latest.get(sheet.period.code());
			if (s == null) {
				continue;
			}
			this.reports++;
			Period period = sheet.period;
			LocalDate due = period.due(dueDays);
			boolean late = story.late.contains(period) || (random.nextDouble() < story.lateShare
					&& !story.returned.containsKey(period) && !story.revised.containsKey(period));
			Timeline t = timeline(s.id());
			LocalDate submitDay = late ? due.plusDays(3 + random.nextInt(20))
					: period.end().plusDays(Math.max(2, dueDays / 3) + random.nextInt(Math.max(1, dueDays * 2 / 3)));
			LocalDate createDay = submitDay.minusDays(1 + random.nextInt(3));
			t.submitted = at(submitDay, zone, random);
			t.created = at(createDay.isAfter(period.end()) ? createDay : period.end().plusDays(1), zone, random);
			t.decided = t.submitted.plusDays(1 + random.nextInt(5)).plusMinutes(random.nextInt(240));
			boolean isNewest = period.equals(newest);
			if (isNewest && story.newest == SubmissionStatus.SUBMITTED && t.submitted.isAfter(this.latest)) {
				// The story keeps its newest report waiting for approval whatever the
				// day: early in a month (or a quarter) its reporter was quick.
				t.submitted = this.latest.minusMinutes(20);
			}
			if (t.created.isAfter(this.latest)) {
				t.created = this.latest.minusHours(1);
			}
			if (t.created.isAfter(t.submitted)) {
				t.created = t.submitted.minusMinutes(30);
			}
			stamp(s.id(), SubmissionStatus.DRAFT, t.created);
			if ((isNewest && story.newest == SubmissionStatus.DRAFT) || t.submitted.isAfter(this.latest)) {
				t.submitted = null;
				t.decided = null;
				continue;
			}
			long version = s.version();
			submit(s.id(), version, reporter);
			version++;
			if (story.returned.containsKey(period)) {
				OffsetDateTime firstSubmitted = t.submitted;
				stampNow(s.id(), SubmissionStatus.SUBMITTED, firstSubmitted);
				this.submissions.giveBack(s.id(), version, story.returned.get(period), secretariat);
				OffsetDateTime returnedAt = firstSubmitted.plusDays(2).plusHours(1);
				stampNow(s.id(), SubmissionStatus.RETURNED, returnedAt);
				importSheets(obligation, List.of(sheet), null, reporter);
				version = this.submissions.find(s.id()).orElseThrow().version();
				submit(s.id(), version, reporter);
				version++;
				t.submitted = returnedAt.plusDays(3).plusHours(2);
				t.decided = t.submitted.plusDays(1).plusHours(3);
			}
			stamp(s.id(), SubmissionStatus.SUBMITTED, t.submitted);
			if ((isNewest && story.newest == SubmissionStatus.SUBMITTED) || t.decided.isAfter(this.latest)) {
				t.decided = null;
				continue;
			}
			this.submissions.approve(s.id(), version, secretariat);
			stamp(s.id(), SubmissionStatus.APPROVED, t.decided);
			approved.add(s);
		}
		for (int i = 0; i < approved.size(); i++) {
			boolean last = i == approved.size() - 1;
			Submission s = approved.get(i);
			if (!(last && story.lastNotReleased)) {
				share(s.id(), zone, random, !(last && story.lastNotAccepted), secretariat);
			}
		}
		for (Map.Entry<Period, String> revision : story.revised.entrySet()) {
			Period period = revision.getKey();
			Submission original = this.submissions.current(obligation.id(), period).orElse(null);
			if (original == null || original.status() != SubmissionStatus.APPROVED) {
				continue;
			}
			Sheet sheet = sheets.stream().filter((x) -> x.period.equals(period)).findFirst().orElseThrow();
			importSheets(obligation, List.of(sheet), revision.getValue(), reporter);
			Submission s = this.submissions.current(obligation.id(), period).orElseThrow();
			Timeline before = timeline(original.id());
			Timeline t = timeline(s.id());
			t.created = before.decided.plusDays(60 + random.nextInt(90));
			t.submitted = t.created.plusDays(2 + random.nextInt(4));
			t.decided = t.submitted.plusDays(1 + random.nextInt(3));
			if (t.decided.isAfter(this.latest)) {
				t.created = this.latest.minusDays(3);
				t.submitted = this.latest.minusDays(2);
				t.decided = this.latest.minusDays(1);
			}
			stamp(s.id(), SubmissionStatus.DRAFT, t.created);
			submit(s.id(), s.version(), reporter);
			stamp(s.id(), SubmissionStatus.SUBMITTED, t.submitted);
			this.submissions.approve(s.id(), s.version() + 1, secretariat);
			stamp(s.id(), SubmissionStatus.APPROVED, t.decided);
			if (before.released != null) {
				share(s.id(), zone, random, before.accepted != null, secretariat);
			}
		}
	}

	/** Releases approved figures to the RCM and, if asked, accepts them there. */
	private void share(UUID submissionId, ZoneId zone, Random random, boolean accept, Viewer secretariat) {
		Timeline t = timeline(submissionId);
		OffsetDateTime released = t.decided.plusDays(1 + random.nextInt(3)).plusMinutes(random.nextInt(120));
		if (released.isAfter(this.latest)) {
			return;
		}
		this.submissions.release(submissionId, secretariat);
		t.released = released;
		OffsetDateTime accepted = released.plusDays(1 + random.nextInt(6)).plusMinutes(random.nextInt(120));
		if (!accept || accepted.isAfter(this.latest)) {
			return;
		}
		this.submissions.acceptRegionally(submissionId, this.regional);
		t.accepted = accepted;
	}

	private void submit(UUID submissionId, long version, Viewer reporter) {
		List<ImportReport.Problem> problems = this.submissions.submit(submissionId, version, reporter);
		if (problems.stream().anyMatch(ImportReport.Problem::isError)) {
			throw new IllegalStateException("Demo report refused: " + problems);
		}
	}

	private void importSheets(Obligation obligation, List<Sheet> sheets, String revisionReason, Viewer reporter) {
		long[] line = { 1 };
		List<SourceRow> rows = new ArrayList<>();
		sheets.forEach((s) -> rows.addAll(s.rows(line)));
		Iterator<SourceRow> it = rows.iterator();
		RowReader reader = () -> it.hasNext() ? it.next() : null;
		ImportReport report = this.imports.run(new DataImport.Request(obligation.id(), false, revisionReason), reader,
				reporter);
		if (!report.stored()) {
			throw new IllegalStateException("Demo figures refused: " + report.problems());
		}
	}

	private Timeline timeline(UUID submissionId) {
		return this.timelines.computeIfAbsent(submissionId, (id) -> new Timeline());
	}

	/** A time during office hours on a day, in the mechanism's zone. */
	private OffsetDateTime at(LocalDate day, ZoneId zone, Random random) {
		return day.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60))).atZone(zone).toOffsetDateTime();
	}

	/** Moves the step this run just wrote back to when it happened (at the end). */
	private void stamp(UUID submissionId, SubmissionStatus status, OffsetDateTime at) {
		this.steps.add(new Object[] { at, submissionId, status.name(), this.runStart });
	}

	/**
	 * Moves a step back at once, for a status the same version passes twice (a report
	 * returned and submitted again).
	 */
	private void stampNow(UUID submissionId, SubmissionStatus status, OffsetDateTime at) {
		this.template.update("update submission_step set at = ? where submission_id = ? and status = ? and at >= ?", at,
				submissionId, status.name(), this.runStart);
	}

	/**
	 * Only demo data does this: the workflow stamped every step with the time of this
	 * run, so the history is moved back to plausible times after each period's end, for
	 * the completeness overview's on-time and late figures to look real.
	 */
	void finish() {
		this.template.batchUpdate(
				"update submission_step set at = ? where submission_id = ? and status = ? and at >= ?", this.steps);
		List<Object[]> submissions = new ArrayList<>();
		this.timelines.forEach((id, t) -> submissions
			.add(new Object[] { t.created, t.submitted, t.decided, t.released, t.accepted, id }));
		this.template.batchUpdate("""
				update submission set created_at = ?, submitted_at = ?,
				decided_at = ?, released_at = ?, regional_accepted_at = ? where id = ?""", submissions);
		OffsetDateTime setUp = OffsetDateTime.of(2022, 1, 10, 10, 0, 0, 0, ZoneOffset.ofHours(5));
		for (UUID obligation : this.obligations) {
			this.jdbc.sql("""
					update published_value set approved_at = (select s.decided_at from submission s
					where s.id = published_value.submission_id) where obligation_id = ?""").param(obligation).update();
			this.jdbc.sql("update reporting_obligation set created_at = ? where id = ?")
				.params(setUp, obligation)
				.update();
		}
		this.jdbc.sql("update data_set set created_at = ? where code in (?, ?, ?)")
			.params(setUp, FLOWS, REMITTANCES, LABOUR_MARKET)
			.update();
	}

	/** When each step of one version happened. */
	private static final class Timeline {

		OffsetDateTime created;

		OffsetDateTime submitted;

		OffsetDateTime decided;

		OffsetDateTime released;

		OffsetDateTime accepted;

	}

}
