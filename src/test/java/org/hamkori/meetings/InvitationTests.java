package org.hamkori.meetings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.hamkori.meetings.MeetingTestSupport.calendarOf;
import static org.hamkori.meetings.MeetingTestSupport.draft;
import static org.hamkori.meetings.MeetingTestSupport.mailsTo;
import static org.hamkori.meetings.MeetingTestSupport.post;

/**
 * Announcing, changing and cancelling a meeting e-mails every member in their own
 * language, with an iCalendar part that ical4j reads back: a UID that never changes, a
 * SEQUENCE that rises, the venue's TZID with its VTIMEZONE, and METHOD:CANCEL at the end.
 */
@HamkoriWebTest
class InvitationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void announcingChangingAndCancellingSendCalendarInvitationsInEachMembersLanguage() throws Exception {
		String title = "Invitation test " + UUID.randomUUID();
		UUID id = draft(this.mvc, title);
		int version = version(id);
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/announce", "version", "" + version))
			.hasRedirectedUrl("/meetings/" + id + "?announced");

		// Russian for most members, Tajik for the chair, English for the donor observer
		MimeMessage russian = mailsTo("r.nazarov@mol.example.tj", title, 1).get(0);
		assertThat(russian.getSubject()).startsWith("Приглашение");
		assertThat(MeetingTestSupport.textOf(russian)).contains("Уважаемый", "/rsvp/");
		MimeMessage tajik = mailsTo("f.karimova@mol.example.tj", title, 1).get(0);
		assertThat(tajik.getSubject()).startsWith("Даъватнома");
		MimeMessage english = mailsTo("a.keller@sdc.example.ch", title, 1).get(0);
		assertThat(english.getSubject()).startsWith("Invitation");

		Calendar first = calendarOf(russian);
		assertThat(first.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
		VEvent event = first.<VEvent>getComponent("VEVENT").orElseThrow();
		String uid = event.getProperty(Property.UID).orElseThrow().getValue();
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Asia/Dushanbe");
		assertThat(first.<VTimeZone>getComponent("VTIMEZONE")).isPresent();
		assertThat(first.<VTimeZone>getComponent("VTIMEZONE")
			.orElseThrow()
			.getProperty(Property.TZID)
			.orElseThrow()
			.getValue()).isEqualTo("Asia/Dushanbe");

		// a change of time re-sends with the same UID and a higher SEQUENCE
		LocalDateTime later = LocalDateTime.now(TestClock.clock())
			.plusDays(15)
			.withHour(14)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id, "type", "ORDINARY", "title", title, "startsAt",
				MeetingTestSupport.FORM.format(later), "endsAt", MeetingTestSupport.FORM.format(later.plusHours(2)),
				"timeZone", "Asia/Dushanbe", "venue", "Dushanbe, Hotel Serena", "languages", "ru", "version",
				"" + version(id)))
			.hasRedirectedUrl("/meetings/" + id + "?saved");
		MimeMessage changed = mailsTo("r.nazarov@mol.example.tj", title, 2).stream()
			.filter((m) -> MeetingTestSupport.subject(m).startsWith("Изменено"))
			.findFirst()
			.orElseThrow();
		VEvent update = calendarOf(changed).<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(update.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
		assertThat(update.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
		assertThat(update.getProperty(Property.DTSTART).orElseThrow().getValue()).contains("T140000");

		// cancelling sends METHOD:CANCEL for the same UID
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/cancel", "reason", "Postponed to spring",
				"version", "" + version(id)))
			.hasRedirectedUrl("/meetings/" + id + "?cancelled");
		MimeMessage cancel = mailsTo("r.nazarov@mol.example.tj", title, 3).stream()
			.filter((m) -> MeetingTestSupport.subject(m).startsWith("Отменено"))
			.findFirst()
			.orElseThrow();
		Calendar cancelled = calendarOf(cancel);
		assertThat(cancelled.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
		VEvent withdrawn = cancelled.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(withdrawn.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
		assertThat(Integer.parseInt(withdrawn.getProperty(Property.SEQUENCE).orElseThrow().getValue())).isEqualTo(2);
	}

	@Test
	void aMemberAnswersFromTheLinkInTheEmailWithoutLoggingIn() throws Exception {
		String title = "Answer test " + UUID.randomUUID();
		UUID id = draft(this.mvc, title);
		post(this.mvc, "secretariat.tj", "/meetings/" + id + "/announce", "version", "" + version(id));
		String text = MeetingTestSupport.textOf(mailsTo("d.saidov@ms.example.tj", title, 1).get(0));
		String link = text.substring(text.indexOf("/rsvp/"));
		link = link.substring(0, link.indexOf('\n')).strip();
		assertThat(this.mvc.get().uri(link)).hasStatusOk().bodyText().contains(title);

		// a substitute needs a name; nothing is stored without it
		assertThat(this.mvc.post()
			.uri(link)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("response", "SUBSTITUTE")
			.param("substituteName", " ")).hasStatusOk().bodyText().contains("substitute");
		assertThat(response(id, "d.saidov@ms.example.tj")).isEqualTo("NONE");

		assertThat(this.mvc.post()
			.uri(link)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("response", "SUBSTITUTE")
			.param("substituteName", "Anvar Saidov")).hasStatus(302);
		assertThat(response(id, "d.saidov@ms.example.tj")).isEqualTo("SUBSTITUTE");

		// a forged token opens nothing
		assertThat(this.mvc.get().uri(link.substring(0, link.length() - 3) + "abc")).hasStatus(404);
		// the secretariat sees the count of answers
		assertThat(this.mvc.get().uri("/meetings/" + id).with(as("secretariat.tj"))).bodyText()
			.contains("I send a substitute</span>: <strong>1</strong>");
	}

	@Test
	void aMeetingInThePastCannotBeAnnouncedAndStaysADraft() {
		LocalDateTime start = LocalDateTime.now(TestClock.clock()).minusDays(3).withSecond(0).withNano(0);
		String title = "Past " + UUID.randomUUID();
		var result = MeetingTestSupport.plan(this.mvc, "secretariat.tj", title, start, start.plusHours(2),
				"Asia/Dushanbe");
		String location = result.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/meetings/".length(), location.indexOf('?')));
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/announce", "version", "" + version(id)))
			.hasRedirectedUrl("/meetings/" + id + "?problem=meeting.error.past");
		assertThat(this.mvc.get().uri("/meetings/" + id + "?problem=meeting.error.past").with(as("secretariat.tj")))
			.bodyText()
			.contains("cannot be announced");
		assertThat(status(id)).isEqualTo("DRAFT");
		assertThat(this.jdbc.sql("select count(*) from invitation where meeting_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void eachUserHasAPrivateCalendarAddressTheyCanRevoke() throws Exception {
		assertThat(post(this.mvc, "focal.mol.tj", "/meetings/calendar-feeds")).hasStatus(302);
		String page = this.mvc.get()
			.uri("/meetings/calendar-feeds")
			.with(as("focal.mol.tj"))
			.exchange()
			.getResponse()
			.getContentAsString();
		int at = page.indexOf("/calendar/");
		String address = page.substring(at, page.indexOf('"', at));
		String feed = this.mvc.get().uri(address).exchange().getResponse().getContentAsString();
		Calendar calendar = MeetingTestSupport.parse(feed);
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
		String feedId = address.substring("/calendar/".length(), address.indexOf('.'));
		assertThat(post(this.mvc, "focal.mol.tj", "/meetings/calendar-feeds/" + feedId + "/revoke")).hasStatus(302);
		assertThat(this.mvc.get().uri(address)).hasStatus(404);
		// nobody else can revoke another user's address
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/calendar-feeds/" + feedId + "/revoke")).hasStatus(404);
	}

	private int version(UUID id) {
		return this.jdbc.sql("select version from meeting where id = ?").param(id).query(Integer.class).single();
	}

	private String status(UUID id) {
		return this.jdbc.sql("select status from meeting where id = ?").param(id).query(String.class).single();
	}

	private String response(UUID meetingId, String email) {
		return this.jdbc.sql(
				"select i.response from invitation i join person p on p.id = i.person_id where i.meeting_id = ? and p.email = ?")
			.params(meetingId, email)
			.query(String.class)
			.single();
	}

	static List<String> none() {
		return List.of();
	}

}
