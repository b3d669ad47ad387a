package org.hamkori.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hamkori.directory.Directory;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, every period's report that has not arrived gets a reminder a week before
 * its due date, and another the day after the due date has passed: once per obligation,
 * period and kind, in the whole cluster.
 * <p>
 * ShedLock keeps two nodes from running the job at the same time, but a lock only stops
 * overlap, so the guarantee comes from the database: each reminder is a row under the
 * primary key (obligation, period, kind) of {@code submission_reminder}, inserted in its
 * own transaction, and only the transaction whose insert succeeded publishes
 * {@link SubmissionReminderDue}. A concurrent run's insert fails on the key and publishes
 * nothing.
 * <p>
 * A day missed (the job down, an obligation added late) is caught up: the early reminder
 * goes on any day of the week before the due date, the overdue one on any of the seven
 * days after it. Older gaps are not reminded, so adding an obligation that starts years
 * back does not flood its reporters.
 */
@Component
class SubmissionReminders {

	private static final Logger log = LoggerFactory.getLogger(SubmissionReminders.class);

	static final int DAYS_BEFORE = 7;

	static final int DAYS_AFTER = 7;

	private final JdbcClient jdbc;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SubmissionReminders(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The daily timer: early morning UTC, which is already the same calendar day in every
	 * time zone of the region.
	 */
	@Scheduled(cron = "#{@hamkoriSchedules.submissionReminders()}", zone = "UTC")
	@SchedulerLock(name = "submission-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void run() {
		int recorded = run(this.directory.today());
		log.info("Submission reminders: {} recorded", recorded);
	}

	/**
	 * Records and announces every reminder due on a day and not yet recorded; safe to
	 * call from several threads or nodes at once.
	 * @return how many reminders this call recorded
	 */
	int run(LocalDate today) {
		List<Candidate> candidates = new ArrayList<>();
		LocalDate earliest = null;
		for (Line line : obligations()) {
			Obligation o = line.obligation();
			if (o.firstPeriod().periodicity() != line.periodicity()) {
				continue;
			}
			// periods whose due date lies within [today - DAYS_AFTER, today +
			// DAYS_BEFORE]
			for (Period p = Period.containing(line.periodicity(), today.plusDays(DAYS_BEFORE)); !p.due(o.dueDays())
				.isBefore(today.minusDays(DAYS_AFTER)); p = p.previous()) {
				if (p.compareTo(o.firstPeriod()) < 0) {
					break;
				}
				if (o.lastPeriod() != null && p.compareTo(o.lastPeriod()) > 0) {
					continue;
				}
				LocalDate due = p.due(o.dueDays());
				SubmissionReminderDue.Kind kind;
				if (today.isAfter(due)) {
					kind = SubmissionReminderDue.Kind.OVERDUE;
				}
				else if (!today.isBefore(due.minusDays(DAYS_BEFORE))) {
					kind = SubmissionReminderDue.Kind.BEFORE;
				}
				else {
					continue;
				}
				candidates.add(new Candidate(line, p, due, kind));
				earliest = (earliest == null || p.start().isBefore(earliest)) ? p.start() : earliest;
			}
		}
		if (candidates.isEmpty()) {
			return 0;
		}
		Set<String> arrived = new HashSet<>(this.jdbc.sql("""
				select obligation_id, period from submission where period_start >= ?
				and status in ('SUBMITTED', 'APPROVED', 'SUPERSEDED')""")
			.param(earliest)
			.query((rs, n) -> rs.getObject(1, UUID.class) + "|" + rs.getString(2))
			.list());
		Set<String> periods = new HashSet<>();
		candidates.forEach((c) -> periods.add(c.period().code()));
		// reminders recorded already are skipped without trying the key again
		Set<String> sent = new HashSet<>(
				this.jdbc.sql("select obligation_id, period, kind from submission_reminder where period in (:periods)")
					.param("periods", periods)
					.query((rs, n) -> rs.getObject(1, UUID.class) + "|" + rs.getString(2) + "|" + rs.getString(3))
					.list());
		int recorded = 0;
		for (Candidate c : candidates) {
			String key = c.line().obligation().id() + "|" + c.period().code();
			if (arrived.contains(key) || sent.contains(key + "|" + c.kind())) {
				continue;
			}
			if (record(c)) {
				recorded++;
			}
		}
		return recorded;
	}

	private boolean record(Candidate c) {
		Obligation o = c.line().obligation();
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc
					.sql("insert into submission_reminder (obligation_id, period, kind, sent_at) values (?, ?, ?, ?)")
					.params(o.id(), c.period().code(), c.kind().name(), Timestamp.from(this.clock.instant()))
					.update();
				this.events.publishEvent(new SubmissionReminderDue(o.id(), o.mechanismId(), o.organisationId(),
						c.line().code(), c.line().name(), c.period().code(), c.due(), c.kind()));
			});
			return true;
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			// Recorded already, by an earlier run or by a concurrent one: nothing to
			// announce.
			return false;
		}
	}

	private List<Line> obligations() {
		return this.jdbc.sql("""
				select o.id, o.data_set_id, d.mechanism_id, o.organisation_id, o.due_days, o.first_period,
				o.last_period, d.code, d.name, d.periodicity from reporting_obligation o
				join data_set d on d.id = o.data_set_id""")
			.query((rs, n) -> new Line(
					new Obligation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5),
							Period.of(rs.getString(6), Periodicity.valueOf(rs.getString(10))),
							(rs.getString(7) != null)
									? Period.of(rs.getString(7), Periodicity.valueOf(rs.getString(10))) : null),
					rs.getString(8), LocalizedTextColumns.parse(rs.getString(9)),
					Periodicity.valueOf(rs.getString(10))))
			.list();
	}

	private record Line(Obligation obligation, String code, LocalizedText name, Periodicity periodicity) {
	}

	private record Candidate(Line line, Period period, LocalDate due, SubmissionReminderDue.Kind kind) {
	}

}
