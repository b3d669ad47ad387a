package org.hamkori.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The upkeep of data uploads across nodes: each node's stable name (recorded on the
 * checks and saves it runs), failing what a stopped node left running, and removing
 * uploads nobody finished. See docs/RELIABILITY.md.
 */
@Component
class UploadHousekeeping {

	/** The failure of a check or save whose node stopped while running it. */
	static final String INTERRUPTED = "data.upload.interrupted";

	static final int ABANDONED_AFTER_MINUTES = 10;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UploadHousekeeping.class);

	private final JdbcClient jdbc;

	private final Path directory;

	private final Clock clock;

	/** This node's name, stable across its restarts. */
	private final String node;

	UploadHousekeeping(JdbcClient jdbc, HamkoriSettings settings, Clock clock,
			@Value("${server.port:8080}") String port) {
		this.jdbc = jdbc;
		this.directory = settings.dataDir().resolve("uploads");
		this.clock = clock;
		String name = (settings.nodeId() != null && !settings.nodeId().isBlank()) ? settings.nodeId().strip()
				: hostName() + ":" + port;
		this.node = (name.length() > 200) ? name.substring(0, 200) : name;
	}

	/**
	 * The nightly timer: files left unsaved for two days are removed with their record,
	 * so the data directory holds only uploads someone is still working on.
	 */
	@Scheduled(cron = "#{@hamkoriSchedules.uploadCleanup()}", zone = "UTC")
	@SchedulerLock(name = "data-upload-cleanup", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void cleanUp() {
		int removed = removeIdle(OffsetDateTime.now(this.clock).minusDays(2));
		if (removed > 0) {
			log.info("Data uploads: {} idle ones removed", removed);
		}
	}

	/**
	 * On start-up: a check or save this node was running when it stopped (a crash, a
	 * {@code kill -9}) is marked failed. Its import ran in one transaction, which the
	 * database rolled back when the connection died, so nothing of it was kept; the
	 * upload can be checked and saved again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void failAbandonedOnStart() {
		int failed = failAbandoned("runner = ?", this.node);
		if (failed > 0) {
			log.warn("Data uploads: {} check(s) or save(s) left running by this node ({}) when it stopped are "
					+ "marked failed", failed, this.node);
		}
	}

	/**
	 * Every few minutes, once per cluster: a check or save whose node has not reported
	 * progress for {@value #ABANDONED_AFTER_MINUTES} minutes died with its node (one that
	 * is not coming back, or not under the same name), and is marked failed.
	 */
	@Scheduled(cron = "0 */5 * * * *", zone = "UTC")
	@SchedulerLock(name = "data-upload-abandoned", lockAtMostFor = "PT4M", lockAtLeastFor = "PT1M")
	public void failAbandonedOfOtherNodes() {
		int failed = failSilentSince(OffsetDateTime.now(this.clock).minusMinutes(ABANDONED_AFTER_MINUTES));
		if (failed > 0) {
			log.warn("Data uploads: {} check(s) or save(s) without progress for {} minutes are marked failed", failed,
					ABANDONED_AFTER_MINUTES);
		}
	}

	/** Marks failed the checks and saves without progress since the given time. */
	int failSilentSince(OffsetDateTime before) {
		return failAbandoned("updated_at < ?", before);
	}

	private int failAbandoned(String condition, Object argument) {
		return this.jdbc.sql("""
				update data_upload set status = 'FAILED', failure = ?, updated_at = ?
				where status in ('CHECKING', 'SAVING') and %s""".formatted(condition))
			.params(INTERRUPTED, OffsetDateTime.now(this.clock), argument)
			.update();
	}

	/** This node's name, as recorded on the uploads it runs. */
	String node() {
		return this.node;
	}

	/** Removes uploads not touched since the given time that are not running. */
	int removeIdle(OffsetDateTime before) {
		List<UUID> idle = this.jdbc
			.sql("select id from data_upload where updated_at < ? and status not in ('CHECKING', 'SAVING')")
			.param(before)
			.query(UUID.class)
			.list();
		for (UUID id : idle) {
			try {
				Files.deleteIfExists(this.directory.resolve(id.toString()));
			}
			catch (IOException ex) {
				log.warn("Data upload {} could not be removed from disk", id, ex);
				continue;
			}
			this.jdbc.sql("delete from data_upload where id = ?").param(id).update();
		}
		return idle.size();
	}

	private static String hostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.net.UnknownHostException ex) {
			return "localhost";
		}
	}

}
