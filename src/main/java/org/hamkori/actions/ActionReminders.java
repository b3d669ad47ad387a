package org.hamkori.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.sql.Timestamp;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.directory.Directory;
import org.hamkori.shared.settings.HamkoriSettings;

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
 * Once a day, every open action due within a week gets a "due soon" reminder, and every
 * overdue one an "overdue" reminder: once per action, kind and due date, in the whole
 * cluster.
 * <p>
 * ShedLock keeps two nodes from running the job at the same time, but a lock only stops
 * overlap, so the guarantee comes from the database: each reminder is a row under the
 * primary key (action, kind, due date), inserted in its own transaction, and only the
 * transaction whose insert succeeded publishes {@link ActionReminderDue}. A concurrent
 * run's insert fails on the key and publishes nothing. Moving the due date makes a new
 * key, so the new date is reminded again.
 */
@Component
class ActionReminders {

	private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

	static final int DAYS_BEFORE = 7;

	private final ActionItemRepository actions;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ActionReminders(ActionItemRepository actions, Directory directory, JdbcClient jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
		this.actions = actions;
		this.directory = directory;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The daily timer: early morning UTC, before the working day anywhere in the region.
	 */
	@Scheduled(cron = "#{@hamkoriSchedules.actionReminders()}", zone = "UTC")
	@SchedulerLock(name = "action-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void run() {
		int recorded = remindDue();
		log.info("Action reminders: {} recorded", recorded);
	}

	/**
	 * Records and announces every reminder that is due today and not yet recorded; safe
	 * to call from several threads or nodes at once.
	 * @return how many reminders this call recorded
	 */
	int remindDue() {
		LocalDate today = this.directory.today();
		int recorded = 0;
		for (ActionItem action : this.actions.findOpenDueBy(today.plusDays(DAYS_BEFORE))) {
			ReminderKind kind = action.isOverdue(today) ? ReminderKind.OVERDUE : ReminderKind.DUE_SOON;
			if (record(action, kind)) {
				recorded++;
			}
		}
		return recorded;
	}

	private boolean record(ActionItem action, ReminderKind kind) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc
					.sql("insert into action_reminder (action_id, kind, due_date, recorded_at) values (?, ?, ?, ?)")
					.params(action.id(), kind.name(), action.dueDate(), Timestamp.from(this.clock.instant()))
					.update();
				this.events.publishEvent(new ActionReminderDue(action.id(), action.mechanismId(),
						action.ownerOrganisationId(), kind, action.dueDate()));
			});
			return true;
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			// Recorded already, by an earlier run or by a concurrent one: nothing to
			// announce.
			return false;
		}
	}

}
