package org.hamkori.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestMailServer;
import org.hamkori.accounts.Viewers;
import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.ActionReminderDue;
import org.hamkori.actions.ActionStatus;
import org.hamkori.actions.NewAction;
import org.hamkori.directory.Directory;
import org.hamkori.documents.Library;
import org.hamkori.documents.LibraryCategory;
import org.hamkori.documents.LibraryDetails;
import org.hamkori.documents.LibraryDocument;
import org.hamkori.issues.Issue;
import org.hamkori.issues.IssueForm;
import org.hamkori.issues.IssueLifecycle;
import org.hamkori.issues.IssueRegister;
import org.hamkori.issues.IssueStatus;
import org.hamkori.actions.ReminderKind;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Notifications in the app and following, over the demo data, a real database and a real
 * SMTP server (GreenMail): following an issue and being told of its next step, the bell
 * and mark-read, a member of another country who can neither follow nor hear of a hidden
 * issue, an institution made to follow by the secretariat, and the delivery preference
 * that keeps a reminder out of the mailbox.
 */
@HamkoriWebTest
class NotificationsWebTests {

	static final String FOCAL_MAIL = "b.sharipov@nbt.example.tj";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Viewers viewers;

	@Autowired
	IssueLifecycle lifecycle;

	@Autowired
	IssueRegister register;

	@Autowired
	ActionItems actions;

	@Autowired
	Directory directory;

	@Autowired
	Library library;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aFollowerIsToldOfTheIssuesNextStepAndReadsItUnderTheBell() throws Exception {
		Issue issue = raise("Followed issue " + UUID.randomUUID());
		UUID focal = userId("focal.nbt.tj");
		assertThat(this.mvc.get().uri("/follow/button?type=issue&id=" + issue.id()).with(as("focal.nbt.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("action=\"/follow\"", "name=\"_csrf\"");
		assertThat(this.mvc.post()
			.uri("/follow")
			.param("type", "issue")
			.param("id", issue.id().toString())
			.with(as("focal.nbt.tj"))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/issues/" + issue.id());
		assertThat(this.mvc.get().uri("/follow/button?type=issue&id=" + issue.id()).with(as("focal.nbt.tj"))).bodyText()
			.contains("action=\"/follow/stop\"", "aria-pressed=\"true\"");
		long before = unread(focal);

		move(issue, IssueStatus.UNDER_DISCUSSION);

		await(() -> notifications(focal, issue.id()) == 1);
		assertThat(notifications(userId("secretariat.tj"), issue.id())).as("the one who moved it is not told").isZero();
		assertThat(unread(focal)).isEqualTo(before + 1);
		assertThat(this.mvc.get().uri("/notifications/bell").with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains("aria-label=\"Notifications, " + (before + 1) + " unread\"", "href=\"/notifications\"");
		assertThat(this.mvc.get().uri("/notifications").with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains("Issue «" + issue.title().in(java.util.Locale.ENGLISH) + "»: moved to another stage",
					"href=\"/issues/" + issue.id() + "\"");
		assertThat(this.mvc.get().uri("/notifications?lang=ru").with(as("focal.nbt.tj"))).bodyText()
			.contains("Вопрос «", "переведено на другой этап");

		UUID id = this.jdbc.sql("select id from notification where user_id = ? and record_id = ?")
			.params(focal, issue.id())
			.query(UUID.class)
			.single();
		assertThat(this.mvc.post().uri("/notifications/" + id + "/read").with(as("observer.tj")).with(csrf()))
			.as("another reader's notification is not found")
			.hasStatus(404);
		assertThat(this.mvc.post().uri("/notifications/" + id + "/read").with(as("focal.nbt.tj")))
			.as("no CSRF token, no change")
			.hasStatus(403);
		assertThat(unread(focal)).isEqualTo(before + 1);
		assertThat(this.mvc.post().uri("/notifications/" + id + "/read").with(as("focal.nbt.tj")).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(unread(focal)).isEqualTo(before);
		assertThat(this.mvc.post().uri("/notifications/read").with(as("focal.nbt.tj")).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(unread(focal)).isZero();
		assertThat(this.mvc.get().uri("/notifications/bell").with(as("focal.nbt.tj"))).bodyText()
			.contains("aria-label=\"Notifications, 0 unread\"")
			.doesNotContain("bell-count");

		// Unfollowed, the next step tells nobody.
		assertThat(this.mvc.post()
			.uri("/follow/stop")
			.param("type", "issue")
			.param("id", issue.id().toString())
			.with(as("focal.nbt.tj"))
			.with(csrf())).hasStatus3xxRedirection();
		Issue moved = this.register.find(issue.id()).orElseThrow();
		UUID marker = raise("Marker issue " + UUID.randomUUID()).id();
		follow("focal.nbt.tj", marker);
		move(moved, IssueStatus.RECOMMENDATION_AGREED);
		move(this.register.find(marker).orElseThrow(), IssueStatus.UNDER_DISCUSSION);
		await(() -> notifications(focal, marker) == 1);
		assertThat(notifications(focal, issue.id())).as("no longer followed").isEqualTo(1);
	}

	@Test
	void anotherCountrysMemberCanNeitherFollowNorHearOfAHiddenIssue() throws Exception {
		Issue issue = raise("Members-only issue " + UUID.randomUUID());
		assertThat(this.mvc.get().uri("/follow/button?type=issue&id=" + issue.id()).with(as("secretariat.kz")))
			.hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/follow")
			.param("type", "issue")
			.param("id", issue.id().toString())
			.with(as("secretariat.kz"))
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.get().uri("/follow/button?type=nonsense&id=" + issue.id()).with(as("secretariat.tj")))
			.hasStatus(404);
		// A follow left from when they could see it (or forged): the step checks again.
		UUID kazakh = userId("secretariat.kz");
		this.jdbc
			.sql("insert into follow (id, record_type, record_id, user_id, created_by, created_at)"
					+ " values (?, 'issue', ?, ?, 'test', current_timestamp)")
			.params(UUID.randomUUID(), issue.id(), kazakh)
			.update();
		follow("focal.nbt.tj", issue.id());

		move(issue, IssueStatus.UNDER_DISCUSSION);

		await(() -> notifications(userId("focal.nbt.tj"), issue.id()) == 1);
		assertThat(notifications(kazakh, issue.id())).as("told of a record they may not see").isZero();
		assertThat(this.mvc.get().uri("/notifications").with(as("secretariat.kz"))).bodyText()
			.doesNotContain(issue.title().in(java.util.Locale.ENGLISH));
	}

	@Test
	void aFollowerOfALibraryDocumentIsToldOfItsNewLanguageVersion() throws Exception {
		Viewer secretariat = viewer("secretariat.tj");
		UUID mechanism = this.directory.mechanismOrThrow("CCM-TJ").id();
		byte[] text = "Закон о миграции\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String title = "Followed law " + UUID.randomUUID();
		LibraryDocument d = this.library.create(mechanism,
				new LibraryDetails(LibraryCategory.LAWS, title, null, List.of(), List.of(), Visibility.MEMBERS,
						java.util.Set.of(), List.of()),
				"ru", "law.txt", text.length, new java.io.ByteArrayInputStream(text), secretariat);
		settled(d.id());
		assertThat(this.mvc.get().uri("/library/" + d.id()).with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains("/follow/button?type=library-document&amp;id=" + d.id());
		assertThat(this.mvc.post()
			.uri("/follow")
			.param("type", "library-document")
			.param("id", d.id().toString())
			.with(as("secretariat.kz"))
			.with(csrf())).as("another country's members-only document").hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/follow")
			.param("type", "library-document")
			.param("id", d.id().toString())
			.with(as("focal.nbt.tj"))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/library/" + d.id());
		UUID focal = userId("focal.nbt.tj");

		byte[] english = "Law on migration\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.library.addFile(d.id(), "en", "law-en.txt", english.length, new java.io.ByteArrayInputStream(english),
				secretariat);

		await(() -> notifications(focal, d.id()) == 1);
		assertThat(this.mvc.get().uri("/notifications").with(as("focal.nbt.tj"))).bodyText()
			.contains(title, "a new file or language version was added", "href=\"/library/" + d.id() + "\"");
		assertThat(notifications(userId("secretariat.kz"), d.id())).isZero();
	}

	@Test
	void theSecretariatMakesAnInstitutionFollowAndItsMembersAreTold() throws Exception {
		Issue issue = raise("Institution-followed issue " + UUID.randomUUID());
		UUID bank = this.jdbc.sql("select id from organisation where acronym = 'NBT' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
		assertThat(this.mvc.get().uri("/follow/button?type=issue&id=" + issue.id()).with(as("secretariat.tj")))
			.bodyText()
			.contains("action=\"/follow/institution\"", bank.toString());
		assertThat(this.mvc.post()
			.uri("/follow/institution")
			.param("type", "issue")
			.param("id", issue.id().toString())
			.param("organisation", bank.toString())
			.with(as("focal.nbt.tj"))
			.with(csrf())).as("only the secretariat").hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/follow/institution")
			.param("type", "issue")
			.param("id", issue.id().toString())
			.param("organisation", bank.toString())
			.header("HX-Request", "true")
			.with(as("secretariat.tj"))
			.with(csrf())).hasStatusOk().bodyText().contains("action=\"/follow/institution/stop\"");

		move(issue, IssueStatus.UNDER_DISCUSSION);

		UUID focal = userId("focal.nbt.tj");
		await(() -> notifications(focal, issue.id()) == 1);
		assertThat(notifications(userId("focal.mol.tj"), issue.id())).as("another institution's member").isZero();
	}

	@Test
	void aReminderSetToTheAppOnlyIsNotMailedButShown() throws Exception {
		UUID focal = userId("focal.nbt.tj");
		UUID bank = this.jdbc.sql("select id from organisation where acronym = 'NBT' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
		try {
			assertThat(this.mvc.post()
				.uri("/notifications/preferences")
				.param("ACTION_REMINDER", "APP")
				.with(as("focal.nbt.tj"))
				.with(csrf())).hasStatus3xxRedirection();
			assertThat(this.mvc.get().uri("/notifications/preferences").with(as("focal.nbt.tj"))).bodyText()
				.containsPattern("name=\"ACTION_REMINDER\" value=\"APP\"\\s+checked");
			String quiet = "Quiet reminder " + UUID.randomUUID();
			ActionItem silent = action(bank, quiet);
			remind(silent, bank);
			await(() -> notifications(focal, silent.id()) == 1);

			assertThat(this.mvc.post()
				.uri("/notifications/preferences")
				.param("ACTION_REMINDER", "EMAIL")
				.with(as("focal.nbt.tj"))
				.with(csrf())).hasStatus3xxRedirection();
			String loud = "Mailed reminder " + UUID.randomUUID();
			ActionItem mailed = action(bank, loud);
			remind(mailed, bank);
			await(() -> !mailsAbout(loud).isEmpty());
			await(() -> notifications(focal, mailed.id()) == 1);
			assertThat(mailsAbout(quiet)).as("the app-only reminder was not mailed").isEmpty();
			assertThat(this.mvc.post()
				.uri("/notifications/preferences")
				.param("ACTION_REMINDER", "LOUDLY")
				.with(as("focal.nbt.tj"))
				.with(csrf())).hasStatusOk().bodyText().contains("Choose one of the ways offered.");
		}
		finally {
			this.jdbc.sql("delete from notification_preference where user_id = ?").param(focal).update();
		}
	}

	private Issue raise(String title) {
		Viewer secretariat = viewer("secretariat.tj");
		UUID mechanism = this.directory.mechanismOrThrow("CCM-TJ").id();
		UUID institution = this.register.memberInstitutions(mechanism).iterator().next();
		Issue issue = this.lifecycle.raise(secretariat, "CCM-TJ", new IssueForm("en", title, "Raised by a test",
				institution, null, List.of(), List.of(), null, Visibility.MEMBERS));
		settled(issue.id());
		return issue;
	}

	/**
	 * Waits until every event about the record has been handled. Raising is itself a step
	 * told to followers after commit; on a loaded machine it could otherwise be handled
	 * after the test follows, and the follower would be told of it too.
	 */
	private void settled(UUID recordId) {
		try {
			await(() -> this.jdbc
				.sql("select count(*) from event_publication where serialized_event like ? and completion_date is null")
				.param("%" + recordId + "%")
				.query(Long.class)
				.single() == 0);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void move(Issue issue, IssueStatus target) {
		this.lifecycle.move(viewer("secretariat.tj"), issue.id(), target, null, issue.version());
	}

	private void follow(String username, UUID issueId) {
		assertThat(this.mvc.post()
			.uri("/follow")
			.param("type", "issue")
			.param("id", issueId.toString())
			.with(as(username))
			.with(csrf())).hasStatus3xxRedirection();
	}

	private ActionItem action(UUID owner, String title) {
		return this.actions.createForDemo(new NewAction(this.directory.mechanismOrThrow("CCM-TJ").id(),
				LocalizedText.of(Map.of("en", title)), owner, null, TestClock.today().plusDays(3), null, null, null),
				ActionStatus.OPEN, null);
	}

	private void remind(ActionItem action, UUID owner) {
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.events.publishEvent(new ActionReminderDue(action.id(),
					action.mechanismId(), owner, ReminderKind.DUE_SOON, action.dueDate())));
	}

	private static List<String> mailsAbout(String title) {
		return TestMailServer.messagesTo(FOCAL_MAIL).stream().map((m) -> {
			try {
				return m.getSubject() + "\n" + m.getContent();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).filter((text) -> text.contains(title)).toList();
	}

	private Viewer viewer(String username) {
		return this.viewers.currentViewer(userId(username)).orElseThrow();
	}

	private UUID userId(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
	}

	private long unread(UUID userId) {
		return this.jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
			.param(userId)
			.query(Long.class)
			.single();
	}

	private long notifications(UUID userId, UUID recordId) {
		return this.jdbc.sql("select count(*) from notification where user_id = ? and record_id = ?")
			.params(userId, recordId)
			.query(Long.class)
			.single();
	}

	/** Waits up to twenty seconds for a listener's effect, which comes after commit. */
	static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("not within twenty seconds");
			}
			Thread.sleep(100);
		}
	}

}
