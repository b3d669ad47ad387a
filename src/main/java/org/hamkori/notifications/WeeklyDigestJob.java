package org.hamkori.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.accounts.AccountManagement;
import org.hamkori.accounts.DigestReader;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a week, every reader with something to read gets their {@link WeeklyDigest}: once
 * per user and week in the whole cluster.
 * <p>
 * ShedLock keeps two nodes from running the job at the same time; the guarantee comes
 * from the database, as for action reminders: before a digest is sent, the row (user,
 * week) is inserted into {@code digest_sent} in its own transaction and committed, and
 * only the run whose insert succeeded sends. A second run in the same week, on this node
 * or another, finds the row and sends nothing. The price is at most once: a send that
 * fails after the row was written is logged, and that reader's next digest is the next
 * week's.
 */
@Component
class WeeklyDigestJob {

	private static final Logger log = LoggerFactory.getLogger(WeeklyDigestJob.class);

	/** How far back a digest looks: the previous digest week. */
	static final Duration LOOK_BACK = Duration.ofDays(7);

	private final AccountManagement accounts;

	private final WeeklyDigest digest;

	private final Mailer mailer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	WeeklyDigestJob(AccountManagement accounts, WeeklyDigest digest, Mailer mailer, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, Clock clock, HamkoriSettings settings) {
		this.accounts = accounts;
		this.digest = digest;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = settings.digest().isEnabled();
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The weekly timer: Monday morning UTC, unless configured otherwise. */
	@Scheduled(cron = "#{@hamkoriSchedules.digest()}", zone = "UTC")
	@SchedulerLock(name = "weekly-digest", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
	public void run() {
		int sent = sendDue();
		log.info("Weekly digest: {} sent", sent);
	}

	/**
	 * Sends this week's digest to every reader who has something to read and has not had
	 * it yet; safe to call from several threads or nodes at once.
	 * @return how many digests this call sent
	 */
	int sendDue() {
		if (!this.enabled) {
			return 0;
		}
		if (!this.mailer.enabled()) {
			// Nothing recorded, so a run with a mail server this week still sends.
			log.info("No SMTP server configured; weekly digest not sent");
			return 0;
		}
		Instant now = this.clock.instant();
		LocalDate week = weekOf(now);
		Instant since = now.minus(LOOK_BACK);
		int sent = 0;
		for (DigestReader reader : this.accounts.digestReaders()) {
			UUID userId = reader.viewer().userId();
			if (alreadySent(userId, week)) {
				continue;
			}
			try {
				var mail = this.digest.compose(reader, week, since);
				if (mail.isPresent() && record(userId, week, mail.get().lines(), now)) {
					this.mailer.send(reader.email(), mail.get().subject(), mail.get().text(), null);
					sent++;
				}
			}
			catch (RuntimeException ex) {
				// One reader's failure must not stop the others' digests.
				log.warn("Weekly digest for user {} not sent: {}", userId, ex.toString());
			}
		}
		return sent;
	}

	/** The digest week: the Monday (UTC) of the week the instant falls in. */
	static LocalDate weekOf(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private boolean alreadySent(UUID userId, LocalDate week) {
		return this.jdbc.sql("select count(*) from digest_sent where user_id = ? and week_start = ?")
			.params(userId, week)
			.query(Long.class)
			.single() > 0;
	}

	/** Claims the reader's digest of the week; false when another run has. */
	private boolean record(UUID userId, LocalDate week, int lines, Instant now) {
		try {
			this.transactions.executeWithoutResult((status) -> this.jdbc
				.sql("insert into digest_sent (user_id, week_start, item_count, recorded_at) values (?, ?, ?, ?)")
				.params(userId, week, lines, Timestamp.from(now))
				.update());
			return true;
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			return false;
		}
	}

}
