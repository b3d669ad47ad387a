package org.hamkori.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestMailServer;
import org.hamkori.TestThreads;
import org.hamkori.directory.Directory;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.shared.security.MembershipRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders over real SMTP (GreenMail): each is e-mailed once per action, kind and due
 * date, even when the job runs twice at the same moment and again later; to the owner
 * institution's focal points (or all its seats when it has none); in each recipient's
 * language; and again when the due date moves.
 */
@HamkoriWebTest
class ActionReminderTests {

	@Autowired
	ActionItems actions;

	@Autowired
	ActionReminders reminders;

	@Autowired
	Directory directory;

	@Autowired
	MembershipManagement memberships;

	@Autowired
	JdbcClient jdbc;

	ActionTestData data;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.data = new ActionTestData(this.actions, this.directory, this.memberships, this.jdbc);
		this.today = this.actions.today();
	}

	@Test
	void aReminderIsMailedOnceEvenWhenTheJobRunsTwiceAtOnce() throws Exception {
		UUID institution = this.data.institution("CCM-TJ", "Reminded Agency " + UUID.randomUUID());
		String focal = this.data.seat("CCM-TJ", institution, MembershipRole.FOCAL_POINT, "tg");
		String member = this.data.seat("CCM-TJ", institution, MembershipRole.MEMBER, "en");
		ActionItem action = this.data.action("CCM-TJ", institution, "Publish the remittance survey",
				this.today.plusDays(3));

		TestThreads.atOnce(2, this.reminders::remindDue);
		this.reminders.run();
		this.reminders.remindDue();

		List<MimeMessage> mails = TestMailServer.awaitMessagesTo(focal, 1);
		Thread.sleep(500);
		assertThat(TestMailServer.messagesTo(focal)).hasSize(1);
		assertThat(TestMailServer.messagesTo(member)).as("focal points first").isEmpty();
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).contains("Ёдрас", action.dueDate().toString());
		assertThat((String) mail.getContent()).contains("Publish the remittance survey", "/actions/" + action.id(),
				"Лутфан");
		assertThat(this.jdbc.sql("select count(*) from action_reminder where action_id = ?")
			.param(action.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anOverdueActionGetsItsOwnReminderAndAMovedDueDateANewOne() throws Exception {
		UUID institution = this.data.institution("CCM-TJ", "Late Agency " + UUID.randomUUID());
		String first = this.data.seat("CCM-TJ", institution, MembershipRole.MEMBER, "ru");
		String second = this.data.seat("CCM-TJ", institution, MembershipRole.MEMBER, "en");
		ActionItem action = this.data.action("CCM-TJ", institution, "Send the labour-market figures",
				this.today.minusDays(2));
		this.reminders.remindDue();
		assertThat(TestMailServer.awaitMessagesTo(first, 1)).hasSize(1)
			.first()
			.satisfies((m) -> assertThat(m.getSubject()).contains("Просроченное поручение"));
		assertThat(TestMailServer.awaitMessagesTo(second, 1)).as("no focal point: every seat")
			.hasSize(1)
			.first()
			.satisfies((m) -> assertThat(m.getSubject()).contains("Overdue action"));

		this.actions.update(action.id(),
				new ProgressUpdate(ActionStatus.OPEN, "New deadline agreed", null, this.today.plusDays(5), null),
				ActionTestData.SECRETARIAT);
		this.reminders.remindDue();
		this.reminders.remindDue();
		assertThat(TestMailServer.awaitMessagesTo(first, 2)).hasSize(2)
			.last()
			.satisfies((m) -> assertThat(m.getSubject()).contains("Напоминание"));
		Thread.sleep(500);
		assertThat(TestMailServer.messagesTo(first)).hasSize(2);
	}

	@Test
	void closedActionsAreNotReminded() throws Exception {
		UUID institution = this.data.institution("CCM-TJ", "Finished Agency " + UUID.randomUUID());
		String focal = this.data.seat("CCM-TJ", institution, MembershipRole.FOCAL_POINT, "ru");
		this.data.demoAction("CCM-TJ", institution, "Already done", this.today.minusDays(1), ActionStatus.DONE, null);
		this.data.action("CCM-TJ", institution, "Far away", this.today.plusDays(30));
		this.reminders.remindDue();
		Thread.sleep(500);
		assertThat(TestMailServer.messagesTo(focal)).isEmpty();
	}

}
