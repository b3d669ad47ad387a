package org.hamkori.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.Period;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.Texts;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts imports and the entry grid write into: a period's report taken for editing
 * under a row lock, created when missing, recalled when submitted, or revised as a new
 * version when approved. Split from {@link Submissions}, which moves a report along its
 * road once it is written.
 */
@Component
class Drafts {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final SubmissionSteps steps;

	private final Clock clock;

	Drafts(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SubmissionSteps steps, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.steps = steps;
		this.clock = clock;
	}

	/**
	 * The version of a period an import or the entry grid writes into, under a row lock:
	 * created as a draft when the period has none; a submitted one goes back to draft
	 * (the reporter takes it back to correct it); an approved one only with a revision
	 * reason, as a new version starting from the approved figures.
	 */
	@Transactional
	UUID editable(Obligation obligation, Period period, String revisionReason, Viewer viewer) {
		Optional<Submission> current = this.jdbc.sql("""
				select %s
				from submission where obligation_id = ? and period = ?
				and revision = (select max(revision) from submission where obligation_id = ? and period = ?)
				for update""".formatted(Submissions.COLUMNS))
			.params(obligation.id(), period.code(), obligation.id(), period.code())
			.query(Submissions::map)
			.optional();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (current.isEmpty()) {
			return create(obligation, period, 1, null, viewer, now);
		}
		Submission s = current.get();
		switch (s.status()) {
			case DRAFT, RETURNED -> {
				return s.id();
			}
			case SUBMITTED -> {
				this.jdbc.sql("update submission set status = 'DRAFT', version = version + 1 where id = ?")
					.param(s.id())
					.update();
				this.steps.record(s.id(), SubmissionStatus.DRAFT, "recalled", viewer, now);
				return s.id();
			}
			default -> {
				String reason = Texts.blankToNull(revisionReason);
				if (reason == null) {
					throw RuleViolation.of("data.period.approved", period.code());
				}
				UUID id = create(obligation, period, s.revision() + 1, reason, viewer, now);
				this.jdbc
					.sql("""
							insert into data_value (submission_id, indicator, %s, obs_value, note) select ?, indicator, %s, obs_value, note from data_value where submission_id = ?"""
						.formatted(Dimensions.COLUMN_LIST, Dimensions.COLUMN_LIST))
					.params(id, s.id())
					.update();
				return id;
			}
		}
	}

	/**
	 * The drafts of many periods at once, as {@link #editable} takes them one by one: the
	 * obligation's reports are locked in one statement, and missing drafts are created in
	 * two batches, with the ids given for them (the import has written their rows under
	 * those ids already). Periods that cannot be written are passed to {@code refused}.
	 */
	@Transactional
	Map<Period, UUID> editable(Obligation obligation, java.util.Collection<Period> periods, String revisionReason,
			Viewer viewer, java.util.function.BiConsumer<Period, RuleViolation> refused, Map<Period, UUID> newIds) {
		Map<String, Submission> latest = new java.util.HashMap<>();
		this.jdbc.sql("""
				select %s
				from submission where obligation_id = ? for update""".formatted(Submissions.COLUMNS))
			.param(obligation.id())
			.query(Submissions::map)
			.list()
			.forEach((s) -> latest.merge(s.period().code(), s, (a, b) -> (a.revision() >= b.revision()) ? a : b));
		Map<Period, UUID> drafts = new java.util.LinkedHashMap<>();
		List<Object[]> created = new java.util.ArrayList<>();
		List<Object[]> steps = new java.util.ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (Period period : periods) {
			Submission s = latest.get(period.code());
			if (s == null) {
				UUID id = newIds.getOrDefault(period, UUID.randomUUID());
				created.add(new Object[] { id, obligation.id(), period.code(), period.start(), now, viewer.actor() });
				steps.add(new Object[] { UUID.randomUUID(), id, viewer.actor(), now });
				drafts.put(period, id);
			}
			else if (s.status() == SubmissionStatus.DRAFT || s.status() == SubmissionStatus.RETURNED) {
				drafts.put(period, s.id());
			}
			else {
				try {
					drafts.put(period, editable(obligation, period, revisionReason, viewer));
				}
				catch (RuleViolation ex) {
					refused.accept(period, ex);
				}
			}
		}
		this.jdbcTemplate.batchUpdate("""
				insert into submission (id, obligation_id, period, period_start, revision, status,
				created_at, created_by, version) values (?, ?, ?, ?, 1, 'DRAFT', ?, ?, 0)""", created);
		this.steps.recordDrafts(steps);
		return drafts;
	}

	private UUID create(Obligation obligation, Period period, int revision, String reason, Viewer viewer,
			OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into submission (id, obligation_id, period, period_start, revision, status,
				revision_reason, created_at, created_by, version) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, 0)""")
			.params(id, obligation.id(), period.code(), period.start(), revision, reason, now, viewer.actor())
			.update();
		this.steps.record(id, SubmissionStatus.DRAFT, reason, viewer, now);
		return id;
	}

	/** Marks a draft as changed (a returned one becomes a draft again). */
	@Transactional
	void touched(UUID submissionId) {
		this.jdbc.sql("""
				update submission set status = case when status = 'RETURNED' then 'DRAFT' else status end,
				version = version + 1 where id = ?""").param(submissionId).update();
	}

}
