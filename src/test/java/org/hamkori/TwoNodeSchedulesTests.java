package org.hamkori;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.mail.Address;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes on one PostgreSQL database send each reminder and each digest once. Two
 * complete applications start on a fresh database (a first one, without timers, loads the
 * demo data), share one SMTP server (GreenMail), and run the action reminders, the
 * submission reminders and the weekly digest every two seconds, so both nodes' timers
 * fire at the same instants. ShedLock lets one node run each job; the unique row per
 * reminder and per digest week would stop a second run anyway.
 * <p>
 * Runs in the PostgreSQL execution of the suite ({@code HAMKORI_TEST_DB_URL}; it creates
 * and drops a database next to the one given); on H2 it is skipped, since an embedded
 * database cannot be shared by two nodes.
 */
class TwoNodeSchedulesTests {

	/**
	 * The nodes' own mail server: the suite's other contexts share the common one, and
	 * e-mails from their timers would mix into the count.
	 */
	private static GreenMail mail;

	@Test
	void eachReminderAndDigestIsSentOnceWhenTwoNodesRunTheTimers(@TempDir Path folders) throws Exception {
		String url = System.getProperty("spring.datasource.url", "");
		if ("true".equals(System.getenv("CI"))) {
			assertThat(System.getenv("HAMKORI_TEST_DB_URL")).as("CI must set HAMKORI_TEST_DB_URL").isNotBlank();
		}
		// The H2 execution skips; with HAMKORI_TEST_DB_URL the PostgreSQL execution runs
		// it.
		assumeTrue("postgres".equals(System.getProperty("hamkori.test.database")) && url.startsWith("jdbc:postgresql:"),
				"needs the PostgreSQL execution (HAMKORI_TEST_DB_URL)");
		String user = System.getProperty("spring.datasource.username", "postgres");
		String password = System.getProperty("spring.datasource.password", "");
		String database = "hamkori_two_nodes_" + UUID.randomUUID().toString().substring(0, 8);
		String nodeUrl = url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
		execute(url, user, password, "create database " + database);
		mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		mail.start();
		int before = mail.getReceivedMessages().length;
		List<ConfigurableApplicationContext> nodes = new ArrayList<>();
		try {
			// The demo data first: timers that fire during the load
			// find nothing due, then hold their locks for five minutes.
			try (ConfigurableApplicationContext seed = node(folders.resolve("seed"), nodeUrl, user, password, false)) {
				// Open actions due in three days: one reminder each,
				// and a line in their readers' digest.
				int due = JdbcClient.create(seed.getBean(DataSource.class))
					.sql("update action_item set due_date = ? where status = 'OPEN'")
					.param(TestClock.today().plusDays(3))
					.update();
				assertThat(due).as("open demo actions").isPositive();
				// Its timers ran (hamkori.scheduling.enabled=false or
				// not) before the demo data, finding nothing due: forget
				// their locks, as if the cluster started now.
				JdbcClient.create(seed.getBean(DataSource.class)).sql("delete from shedlock").update();
			}
			nodes.add(node(folders.resolve("a"), nodeUrl, user, password, true));
			nodes.add(node(folders.resolve("b"), nodeUrl, user, password, true));
			JdbcClient jdbc = JdbcClient.create(nodes.get(0).getBean(DataSource.class));
			waitForJobsAndMail(jdbc);

			List<MimeMessage> mails = new ArrayList<>();
			MimeMessage[] all = mail.getReceivedMessages();
			for (int i = before; i < all.length; i++) {
				mails.add(all[i]);
			}
			Map<String, Long> copies = mails.stream()
				.collect(Collectors.groupingBy(TwoNodeSchedulesTests::key, Collectors.counting()));
			assertThat(copies).as("e-mails sent more than once").allSatisfy((mail, n) -> assertThat(n).isOne());

			long reminders = count(jdbc, "action_reminder");
			long digests = count(jdbc, "digest_sent");
			assertThat(reminders).as("action reminders recorded").isPositive();
			assertThat(digests).as("digests recorded").isPositive();
			List<String> digestSubjects = digestSubjects();
			long digestMails = mails.stream()
				.filter((m) -> digestSubjects.stream().anyMatch((s) -> subject(m).startsWith(s)))
				.count();
			assertThat(digestMails).as("one digest e-mail per recorded digest").isEqualTo(digests);
			assertThat(jdbc.sql("select name from shedlock").query(String.class).list()).contains("action-reminders",
					"submission-reminders", "weekly-digest");
		}
		finally {
			for (int i = nodes.size() - 1; i >= 0; i--) {
				nodes.get(i).close();
			}
			execute(url, user, password, "drop database if exists " + database + " with (force)");
			mail.stop();
		}
	}

	/**
	 * One node: a whole application with its own data folder (named after it) and port.
	 */
	private static ConfigurableApplicationContext node(Path data, String url, String user, String password,
			boolean timers) throws Exception {
		String name = data.getFileName().toString();
		String everyTwoSeconds = "*/2 * * * * *";
		// Command-line arguments outrank the system properties the test run sets.
		return new SpringApplicationBuilder(Hamkori.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password, "--server.port=0",
				"--hamkori.data-dir=" + data, "--hamkori.node-id=" + name, "--hamkori.demo.enabled=true",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
				"--hamkori.files.store=database", "--hamkori.scheduling.enabled=" + timers,
				"--hamkori.schedules.action-reminders=" + everyTwoSeconds,
				"--hamkori.schedules.submission-reminders=" + everyTwoSeconds,
				"--hamkori.schedules.digest=" + everyTwoSeconds, "--spring.datasource.hikari.maximum-pool-size=5",
				// Lazy beans, as in production (the suite's other contexts build every
				// bean).
				"--spring.main.lazy-initialization=true");
	}

	/**
	 * Waits until each job has run once and no e-mail has arrived for five seconds (the
	 * mails go out after commit, from the event listeners).
	 */
	private static void waitForJobsAndMail(JdbcClient jdbc) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 180_000;
		int seen = -1;
		long quietSince = System.currentTimeMillis();
		while (System.currentTimeMillis() < deadline) {
			long locks = jdbc
				.sql("select count(*) from shedlock where name in"
						+ " ('action-reminders', 'submission-reminders', 'weekly-digest')")
				.query(Long.class)
				.single();
			int received = mail.getReceivedMessages().length;
			if (received != seen) {
				seen = received;
				quietSince = System.currentTimeMillis();
			}
			if (locks == 3 && System.currentTimeMillis() - quietSince > 5_000) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the jobs did not all run, or e-mails kept coming, within three minutes");
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** The digest subject's fixed start in every language. */
	private static List<String> digestSubjects() throws Exception {
		List<String> subjects = new ArrayList<>();
		for (String suffix : List.of("", "_ru", "_tg", "_uz", "_kk", "_ky")) {
			var in = TwoNodeSchedulesTests.class.getResourceAsStream("/i18n/notifications" + suffix + ".properties");
			if (in == null) {
				continue;
			}
			Properties texts = new Properties();
			try (in) {
				texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			String subject = texts.getProperty("mail.digest.subject");
			if (subject != null) {
				subjects.add(subject.substring(0, subject.indexOf("{0}")));
			}
		}
		return subjects;
	}

	private static String key(MimeMessage message) {
		try {
			Map<String, String> to = new HashMap<>();
			for (Address a : message.getAllRecipients()) {
				to.put(a.toString().toLowerCase(), "");
			}
			return String.join(",", to.keySet().stream().sorted().toList()) + "|" + subject(message) + "|"
					+ text(message.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The text of a message or of its parts (two reminders to one person differ here).
	 */
	private static String text(Object content) throws Exception {
		if (content instanceof jakarta.mail.Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i).getContent())).append('\n');
			}
			return text.toString();
		}
		return String.valueOf(content);
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void execute(String url, String user, String password, String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

}
