package org.hamkori.notifications;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.directory.Directory;
import org.hamkori.meetings.Rsvp;
import org.hamkori.shared.settings.HamkoriSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A member accepts in their calendar application: the iTIP REPLY it sends to the
 * organizer's mailbox is read over IMAP (GreenMail) and recorded as the member's answer.
 * A reply sent by someone else for that member, a tentative answer and a message read
 * before change nothing.
 */
@HamkoriWebTest
class CalendarReplyTests {

	private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final String MAILBOX = "replies@hamkori.example.org";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	Rsvp rsvp;

	private GreenMail imap;

	private GreenMailUser user;

	@BeforeEach
	void startMailbox() {
		this.imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
		this.imap.start();
		this.user = this.imap.setUser(MAILBOX, "replies", "secret");
	}

	@AfterEach
	void stopMailbox() {
		this.imap.stop();
	}

	@Test
	void anAcceptanceFromTheCalendarIsRecordedOnce() throws Exception {
		String title = "Reply test " + UUID.randomUUID();
		UUID meeting = announced(title);
		String uid = this.jdbc.sql("select calendar_uid from meeting where id = ?")
			.param(meeting)
			.query(String.class)
			.single();

		deliver("r.nazarov@mol.example.tj", reply(uid, "r.nazarov@mol.example.tj", "ACCEPTED"));
		// someone else answering for a member, and a tentative answer, count for nothing
		deliver("intruder@example.com", reply(uid, "d.saidov@ms.example.tj", "DECLINED"));
		deliver("f.karimova@mol.example.tj", reply(uid, "f.karimova@mol.example.tj", "TENTATIVE"));

		CalendarReplies replies = new CalendarReplies(new HamkoriSettings.Inbound("127.0.0.1",
				this.imap.getImap().getPort(), "imap", "replies", "secret", null), this.directory, this.rsvp);
		assertThat(replies.read()).isEqualTo(1);
		assertThat(response(meeting, "r.nazarov@mol.example.tj")).isEqualTo("ACCEPTED");
		assertThat(response(meeting, "d.saidov@ms.example.tj")).isEqualTo("NONE");
		assertThat(response(meeting, "f.karimova@mol.example.tj")).isEqualTo("NONE");
		// the answer shows on the meeting page like one given there
		assertThat(this.mvc.get().uri("/meetings/" + meeting).with(as("secretariat.tj"))).bodyText()
			.contains("<strong>1</strong>");

		// read messages are not read again
		assertThat(replies.read()).isZero();
	}

	@Test
	void noMailboxMeansNothingIsRead() {
		CalendarReplies replies = new CalendarReplies(new HamkoriSettings.Inbound(null, null, null, null, null, null),
				this.directory, this.rsvp);
		replies.run();
		assertThat(new HamkoriSettings.Inbound(null, null, null, null, null, null).configured()).isFalse();
	}

	private void deliver(String from, String ics) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(MAILBOX));
		message.setSubject("Accepted: meeting", StandardCharsets.UTF_8.name());
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Accepted", StandardCharsets.UTF_8.name());
		MimeBodyPart calendar = new MimeBodyPart();
		calendar.setContent(ics, "text/calendar; charset=UTF-8; method=REPLY");
		message.setContent(new MimeMultipart("alternative", text, calendar));
		message.saveChanges();
		this.user.deliver(message);
	}

	/** A REPLY as Outlook writes one. */
	private static String reply(String uid, String attendee, String partStat) {
		return String.join("\r\n", "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010",
				"VERSION:2.0", "BEGIN:VEVENT", "ATTENDEE;PARTSTAT=" + partStat + ":mailto:" + attendee,
				"ORGANIZER:mailto:hamkori@localhost", "UID:" + uid, "SEQUENCE:0", "DTSTAMP:20261203T101500Z",
				"SUMMARY:Accepted: meeting", "END:VEVENT", "END:VCALENDAR", "");
	}

	private UUID announced(String title) {
		LocalDateTime start = LocalDateTime.now(TestClock.clock())
			.plusDays(16)
			.withHour(10)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		var result = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/meetings")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("type", "ORDINARY")
			.param("title", title)
			.param("startsAt", FORM.format(start))
			.param("endsAt", FORM.format(start.plusHours(3)))
			.param("timeZone", "Asia/Dushanbe")
			.param("venue", "Dushanbe, Hotel Serena")
			.param("languages", "ru", "en")
			.exchange();
		String location = result.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/meetings/".length(), location.indexOf('?')));
		int version = this.jdbc.sql("select version from meeting where id = ?").param(id).query(Integer.class).single();
		assertThat(this.mvc.post()
			.uri("/meetings/" + id + "/announce")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("version", "" + version)).hasStatus(302);
		return id;
	}

	private String response(UUID meetingId, String email) {
		return this.jdbc.sql(
				"select i.response from invitation i join person p on p.id = i.person_id where i.meeting_id = ? and p.email = ?")
			.params(meetingId, email)
			.query(String.class)
			.single();
	}

}
