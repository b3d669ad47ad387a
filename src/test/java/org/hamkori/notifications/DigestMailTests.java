package org.hamkori.notifications;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestMailServer;
import org.hamkori.TestThreads;
import org.hamkori.accounts.AccountManagement;
import org.hamkori.accounts.NewUserForm;
import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.ActionStatus;
import org.hamkori.actions.NewAction;
import org.hamkori.directory.Directory;
import org.hamkori.directory.MembershipForm;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.directory.OrganisationForm;
import org.hamkori.directory.OrganisationType;
import org.hamkori.directory.PersonForm;
import org.hamkori.meetings.Invitation;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingForm;
import org.hamkori.meetings.MeetingPlanning;
import org.hamkori.meetings.MeetingType;
import org.hamkori.meetings.Rsvp;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly digest over a real database and a real SMTP server (GreenMail): one e-mail
 * per reader and week, whatever runs at once or again; in the reader's language, with the
 * lines of the actions and meetings modules grouped by section; nothing for readers with
 * nothing to read; and nothing from a mechanism the reader does not sit in.
 * <p>
 * The tests share the database, so each one forgets this week's digest of the readers it
 * watches before running the job, and finds its e-mails by recipient and by a title made
 * unique for the test.
 */
@HamkoriWebTest
class DigestMailTests {

	/** A platform admin acting as the secretariat of every mechanism. */
	static final Viewer SECRETARIAT = new Viewer(UUID.randomUUID(), "digest.secretariat", null, true, List.of());

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	WeeklyDigestJob job;

	@Autowired
	org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActionItems actions;

	@Autowired
	MeetingPlanning planning;

	@Autowired
	Rsvp rsvp;

	@Autowired
	Directory directory;

	@Autowired
	MembershipManagement memberships;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFocalPointGetsOneDigestInTheirLanguageEvenWhenTheJobRunsTwiceAtOnceAndAgain() throws Exception {
		UUID userId = userId("focal.nbt.tj");
		String before = this.jdbc.sql("select preferred_language from app_user where id = ?")
			.param(userId)
			.query(String.class)
			.single();
		String title = "Send the overdue balance-of-payments table " + UUID.randomUUID();
		ActionItem action = action("CCM-TJ", organisation("NBT", "TJ"), title, today().minusDays(3));
		String email = "b.sharipov@nbt.example.tj";
		// The account's language decides (the person prefers Tajik, the demo account says
		// Russian): Mr Sharipov switches Hamkori to Tajik.
		this.accounts.setLanguage(userId, "tg");
		try {
			forgetThisWeek(userId);
			TestThreads.atOnce(2, this.job::sendDue);
			this.job.run();
			assertThat(this.job.sendDue()).as("a second run in the same week sends nothing").isZero();
		}
		finally {
			this.accounts.setLanguage(userId, before);
		}

		List<MimeMessage> digests = awaitDigestsMentioning(email, title, 1);
		Thread.sleep(500);
		assertThat(digestsMentioning(email, title)).as("exactly one digest this week").hasSize(1);
		MimeMessage digest = digests.get(0);
		String body = body(digest);
		assertThat(digest.getSubject()).contains("Ҳафтаи шумо дар Hamkori");
		assertThat(body).contains("Муҳтарам Bahrom Sharipov", "Супоришҳои муассисаи шумо", "CCM-TJ · " + title,
				"гузаштааст", "http://localhost:8080/actions/" + action.id());
		assertThat(this.jdbc.sql("select count(*) from digest_sent where user_id = ? and week_start = ?")
			.params(userId, WeeklyDigestJob.weekOf(TestClock.instant()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReaderWithNothingToReadGetsNoDigest() throws Exception {
		// A former member: an account, an e-mail address, and no current seat.
		UUID institution = institution("Former Agency " + UUID.randomUUID());
		String email = person("CCM-TJ", institution, MembershipRole.MEMBER, "en", LocalDate.of(2024, 12, 31));
		UUID userId = account(email, "en");
		// Something to read for the institution, which a colleague still represents and
		// the former member no longer does.
		person("CCM-TJ", institution, MembershipRole.FOCAL_POINT, "en", null);
		action("CCM-TJ", institution, "Not for former members " + UUID.randomUUID(), today().minusDays(1));

		this.job.sendDue();
		Thread.sleep(500);
		assertThat(TestMailServer.messagesTo(email)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from digest_sent where user_id = ?")
			.param(userId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMemberOfOneMechanismNeverReadsAnotherMechanismsItems() throws Exception {
		String tajik = "Tajik-only action " + UUID.randomUUID();
		String kazakh = "Kazakh action " + UUID.randomUUID();
		action("CCM-TJ", organisation("IOM", "TJ"), tajik, today().minusDays(2));
		action("CCM-KZ", organisation("IOM", "KZ"), kazakh, today().minusDays(2));
		forgetThisWeek(userId("secretariat.kz"));
		forgetThisWeek(userId("secretariat.tj"));

		this.job.sendDue();

		String kz = "m.kassymova@iom.example.int";
		assertThat(awaitDigestsMentioning(kz, kazakh, 1)).hasSize(1);
		assertThat(TestMailServer.messagesTo(kz)).noneSatisfy((m) -> assertThat(body(m)).contains(tajik));
		String tj = "m.umarova@iom.example.int";
		assertThat(awaitDigestsMentioning(tj, tajik, 1)).hasSize(1);
		assertThat(TestMailServer.messagesTo(tj)).noneSatisfy((m) -> assertThat(body(m)).contains(kazakh));
	}

	@Test
	void anUnansweredInvitationWaitsForAnAnswerAndAnAnsweredOneIsUpcoming() throws Exception {
		UUID institution = institution("Invited Agency " + UUID.randomUUID());
		String email = person("CCM-TJ", institution, MembershipRole.MEMBER, "en", null);
		UUID userId = account(email, "en");
		String title = "Digest meeting " + UUID.randomUUID();
		LocalDateTime start = LocalDate.now(TestClock.clock().withZone(ZoneId.of("Asia/Dushanbe")))
			.plusDays(10)
			.atTime(10, 0);
		Meeting meeting = this.planning.create(SECRETARIAT, "CCM-TJ", new MeetingForm(MeetingType.EXTRAORDINARY, title,
				start, start.plusHours(2), "Asia/Dushanbe", "Dushanbe", "", List.of("ru", "en"), null));
		meeting = this.planning.announce(SECRETARIAT, meeting.id(), meeting.version());

		this.job.sendDue();
		String body = body(awaitDigestsMentioning(email, title, 1).get(0));
		assertThat(body).contains("Dear Test Person", "Waiting for your answer");
		String line = body.lines().filter((l) -> l.contains(title)).findFirst().orElseThrow();
		assertThat(line).contains("please answer the invitation");
		assertThat(body.indexOf(title)).isGreaterThan(body.indexOf("Waiting for your answer"));
		assertThat(body).contains("http://localhost:8080/meetings/" + meeting.id());

		// Answered, it is only an upcoming meeting (in a later week's digest).
		Viewer reader = new Viewer(userId, email, personId(email), false, this.directory.seatsOf(personId(email)));
		this.rsvp.answerAsViewer(reader, meeting.id(), Invitation.Response.ACCEPTED, null);
		forgetThisWeek(userId);
		this.job.sendDue();
		String later = body(awaitDigestsMentioning(email, title, 2).get(1));
		// (other tests' meetings may still wait for this member's comments or answer;
		// this
		// meeting no longer does)
		assertThat(later.lines().filter((l) -> l.contains(title)).toList()).singleElement()
			.satisfies((l) -> assertThat(l).doesNotContain("please answer the invitation"));
		assertThat(later).doesNotContain("please answer the invitation");
		assertThat(later.indexOf(title)).isGreaterThan(later.indexOf("Upcoming meetings"));
	}

	@Test
	void newIssuesReachTheirMechanismAndTheRegionOnlyWhenEscalated() throws Exception {
		String title = "Digest issue " + UUID.randomUUID();
		var raised = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/issues")
			.with(org.hamkori.TestRequests.as("secretariat.tj"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("title", title)
			.param("raisedBy", organisation("MS", "TJ").toString())
			.exchange();
		String location = raised.getResponse().getRedirectedUrl();
		UUID issue = UUID.fromString(location.substring("/issues/".length(), location.indexOf('?')));
		forgetThisWeek(userId("secretariat.tj"));
		forgetThisWeek(userId("secretariat.kz"));
		forgetThisWeek(userId("regional"));
		this.job.sendDue();
		assertThat(awaitDigestsMentioning("m.umarova@iom.example.int", title, 1)).hasSize(1);
		assertThat(TestMailServer.messagesTo("m.kassymova@iom.example.int"))
			.noneSatisfy((m) -> assertThat(body(m)).contains(title));
		assertThat(TestMailServer.messagesTo("a.bekova@iom.example.int"))
			.noneSatisfy((m) -> assertThat(body(m)).contains(title));

		// once escalated, the region reads it in its next digest
		this.mvc.post()
			.uri("/issues/" + issue + "/escalate")
			.with(org.hamkori.TestRequests.as("secretariat.tj"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("note", "regional")
			.exchange();
		forgetThisWeek(userId("regional"));
		forgetThisWeek(userId("secretariat.kz"));
		this.job.sendDue();
		assertThat(awaitDigestsMentioning("a.bekova@iom.example.int", title, 1)).hasSize(1);
		assertThat(TestMailServer.messagesTo("m.kassymova@iom.example.int"))
			.noneSatisfy((m) -> assertThat(body(m)).contains(title));
	}

	private LocalDate today() {
		return this.directory.today();
	}

	private void forgetThisWeek(UUID userId) {
		this.jdbc.sql("delete from digest_sent where user_id = ?").param(userId).update();
	}

	private UUID userId(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
	}

	private UUID personId(String email) {
		return this.directory.personByEmail(email).orElseThrow().id();
	}

	private UUID organisation(String acronym, String country) {
		return this.jdbc.sql("select id from organisation where acronym = ? and country_code = ?")
			.params(acronym, country)
			.query(UUID.class)
			.single();
	}

	private ActionItem action(String mechanism, UUID owner, String title, LocalDate due) {
		return this.actions.createForDemo(new NewAction(this.directory.mechanismOrThrow(mechanism).id(),
				LocalizedText.of(Map.of("en", title)), owner, null, due, null, null, null), ActionStatus.OPEN, null);
	}

	private UUID institution(String name) {
		return this.memberships
			.createOrganisation(SECRETARIAT,
					new OrganisationForm(name, "", "", "", "", "", "", OrganisationType.GOVERNMENT_AGENCY, "", ""))
			.id();
	}

	/**
	 * Seats a new person for the institution from 2024 (until {@code until}); their
	 * e-mail.
	 */
	private String person(String mechanism, UUID institution, MembershipRole role, String language, LocalDate until) {
		String email = "d" + UUID.randomUUID().toString().substring(0, 12) + "@digest.example.tj";
		this.memberships.start(SECRETARIAT, mechanism,
				new MembershipForm(institution, null,
						new PersonForm("Test Person " + UUID.randomUUID(), "", email, "", language, "", false), role,
						LocalDate.of(2024, 1, 1), until));
		return email;
	}

	private UUID account(String email, String language) {
		org.hamkori.accounts.TestAccounts.open(this.context, email, personId(email), language,
				"quiet harbour lantern 8841 digest");
		return userId(email);
	}

	private static List<MimeMessage> digestsMentioning(String address, String text) {
		return TestMailServer.messagesTo(address).stream().filter((m) -> body(m).contains(text)).toList();
	}

	private static List<MimeMessage> awaitDigestsMentioning(String address, String text, int count)
			throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		List<MimeMessage> found = digestsMentioning(address, text);
		while (found.size() < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
			found = digestsMentioning(address, text);
		}
		assertThat(found).as("digests to %s mentioning %s", address, text).hasSizeGreaterThanOrEqualTo(count);
		return found;
	}

	private static String body(MimeMessage message) {
		try {
			Object content = message.getContent();
			return (content instanceof String text) ? text : "";
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
