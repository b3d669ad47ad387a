package org.hamkori.shared.settings;

import java.nio.file.Path;
import java.time.Duration;

import org.hamkori.shared.text.Texts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of Hamkori ({@code hamkori.*}) in one place, with its default written
 * once, here. The README's configuration table lists the environment variables that set
 * them; {@code application.properties} maps those names onto these properties, with an
 * empty value when the variable is unset, which counts as "use the default".
 *
 * @param baseUrl the public address, for links in e-mails, without a trailing slash
 * @param dataDir the data folder (its default lives in {@code application.properties},
 * since the embedded database's address is built from it there)
 * @param nodeId this node's name among several on one database, stable across its
 * restarts (default: the host name and the server port); background work it leaves
 * running when it dies is marked failed when it starts again
 */
@ConfigurationProperties("hamkori")
public record HamkoriSettings(String baseUrl, Path dataDir, @DefaultValue Demo demo, @DefaultValue Web web,
		@DefaultValue Files files, @DefaultValue Mail mail, @DefaultValue Security security, @DefaultValue Admin admin,
		@DefaultValue Digest digest, @DefaultValue Schedules schedules, String nodeId) {

	public HamkoriSettings {
		baseUrl = orDefault(baseUrl, "http://localhost:8080");
		while (baseUrl.endsWith("/")) {
			baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
		}
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
	}

	/**
	 * @param enabled {@code auto} (the embedded database only), {@code true} or
	 * {@code false}
	 * @param background load it after the application is ready, in a background thread,
	 * so that it never delays start-up; {@code false} loads it before the application
	 * reports ready (the tests do so)
	 */
	public record Demo(String enabled, @DefaultValue("true") boolean background) {

		public Demo {
			enabled = orDefault(enabled, "auto");
		}

	}

	/**
	 * @param maxBody the largest form or JSON body, however it is framed
	 */
	public record Web(@DefaultValue("1MB") DataSize maxBody) {

	}

	/**
	 * @param store {@code directory} (under the data folder) or {@code database} (for
	 * several nodes without a shared disk)
	 * @param directory where the directory store keeps files (default: {@code files}
	 * under the data folder)
	 * @param maxSize the largest uploaded file
	 * @param tempDir where uploads wait while they are checked
	 */
	public record Files(String store, Path directory, @DefaultValue("20MB") DataSize maxSize, Path tempDir) {

		public Files {
			store = orDefault(store, "directory");
			tempDir = (tempDir != null) ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
		}

		/** The directory store's folder, under the data folder unless set. */
		public Path directoryUnder(Path dataDir) {
			return (this.directory != null) ? this.directory : dataDir.resolve("files");
		}

	}

	/**
	 * @param from the sender address of Hamkori's e-mails, and the ORGANIZER of its
	 * invitations, so calendar replies come back there
	 * @param inbound the mailbox of that address, read for calendar replies
	 */
	public record Mail(String from, @DefaultValue Inbound inbound) {

		public Mail {
			from = orDefault(from, "hamkori@localhost");
			inbound = (inbound != null) ? inbound : new Inbound(null, null, null, null, null, null);
		}

	}

	/**
	 * The IMAP mailbox where calendar clients' replies to invitations arrive; unset host
	 * means no mailbox is read.
	 *
	 * @param host IMAP server
	 * @param port its port (default 993 for imaps, 143 for imap)
	 * @param protocol {@code imaps} (default) or {@code imap}
	 * @param username account
	 * @param password password
	 * @param folder folder to read (default INBOX)
	 */
	public record Inbound(String host, Integer port, String protocol, String username, String password, String folder) {

		public Inbound {
			host = Texts.blankToNull(host);
			protocol = orDefault(protocol, "imaps");
			port = (port != null) ? port : (protocol.equals("imap") ? 143 : 993);
			folder = orDefault(folder, "INBOX");
		}

		public boolean configured() {
			return this.host != null;
		}

	}

	/**
	 * @param loginAttempts failed sign-ins one account may have from one address before
	 * each further attempt waits (1 s, 2 s, 4 s, ... up to the window)
	 * @param loginAttemptsPerAddress failed sign-ins one address may have, whatever the
	 * accounts, before its attempts wait the same way
	 * @param loginWindow the longest wait, and how long the throttle remembers an idle
	 * account and address (twice this)
	 * @param absoluteSessionTimeout how long a session may last, however active
	 * @param secretsKey the key (Base64 of 32 bytes) that encrypts second-factor secrets
	 * in the database; required in production, elsewhere generated once into
	 * {@code secrets.key} under the data folder when unset
	 */
	public record Security(@DefaultValue("10") long loginAttempts, @DefaultValue("50") long loginAttemptsPerAddress,
			@DefaultValue("15m") Duration loginWindow, @DefaultValue("12h") Duration absoluteSessionTimeout,
			String secretsKey) {

		public Security {
			secretsKey = orDefault(secretsKey, "");
		}

	}

	/**
	 * The first admin account of the production profile, created when none exists.
	 *
	 * @param email the admin's e-mail, also the username
	 * @param password the admin's password; it must pass the password policy
	 */
	public record Admin(String email, String password) {

		public Admin {
			email = orDefault(email, "");
			password = orDefault(password, "");
		}

	}

	/**
	 * @param enabled whether the weekly digest e-mail is sent
	 */
	public record Digest(String enabled) {

		public Digest {
			enabled = orDefault(enabled, "true");
		}

		public boolean isEnabled() {
			return Boolean.parseBoolean(this.enabled);
		}

	}

	/**
	 * When the once-per-cluster jobs run, as cron expressions in UTC. They are read by
	 * {@code @Scheduled} through the {@code hamkoriSchedules} bean.
	 *
	 * @param actionReminders reminders of actions (7 days before due, and overdue)
	 * @param submissionReminders reminders of data reports (before due, and overdue)
	 * @param uploadCleanup removal of data uploads left unsaved for two days
	 * @param digest the weekly digest e-mail
	 * @param calendarReplies reading the inbound mailbox for calendar replies
	 */
	public record Schedules(String actionReminders, String submissionReminders, String uploadCleanup, String digest,
			String calendarReplies) {

		public Schedules {
			calendarReplies = orDefault(calendarReplies, "0 * * * * *");
			actionReminders = orDefault(actionReminders, "0 0 1 * * *");
			submissionReminders = orDefault(submissionReminders, "0 30 1 * * *");
			uploadCleanup = orDefault(uploadCleanup, "0 45 1 * * *");
			digest = orDefault(digest, "0 0 6 * * MON");
		}

	}

	private static String orDefault(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

}
