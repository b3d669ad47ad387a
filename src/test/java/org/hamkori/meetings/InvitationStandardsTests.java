package org.hamkori.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.property.Attendee;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.hamkori.meetings.MeetingTestSupport.mailsTo;
import static org.hamkori.meetings.MeetingTestSupport.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Invitations as calendar clients expect them (RFC 5545 and iTIP, RFC 5546), read back by
 * two independent parsers, ical4j and biweekly: an e-mailed REQUEST names the mechanism
 * as ORGANIZER and the member as ATTENDEE asked to answer; downloads and feeds are
 * PUBLISH; no line is longer than 75 octets; DESCRIPTION carries the agenda and the
 * online link; the feed names itself and asks to be refreshed.
 */
@HamkoriWebTest
class InvitationStandardsTests {

	private static final String LINK = "https://meet.example.org/ccm-tj/quarterly-session";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmailedInvitationIsAnItipRequestToThatMember() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		// a long Cyrillic title: 2 octets a letter, so SUMMARY must be folded
		String title = "Заседание " + marker + " о сезонной трудовой миграции, денежных переводах и возвращении "
				+ "мигрантов в Республику Таджикистан";
		UUID id = planned(title);
		post(this.mvc, "secretariat.tj", "/meetings/" + id + "/agenda", "titleEn", "Remittance trends " + marker,
				"titleRu", "Тенденции переводов " + marker, "kind", "DISCUSSION", "durationMinutes", "30");
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/announce", "version", "" + version(id)))
			.hasStatus(302);

		MimeMessage mail = mailsTo("r.nazarov@mol.example.tj", marker, 1).get(0);
		String ics = MeetingTestSupport.part(mail, "text/calendar");
		assertThat(mail.getContentType()).isNotNull();
		assertFolded(ics);

		// ical4j
		Calendar calendar = MeetingTestSupport.parse(ics);
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
		VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).startsWith("mailto:");
		assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN")).isPresent();
		var attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
		assertThat(attendee.getValue()).isEqualTo("mailto:r.nazarov@mol.example.tj");
		assertThat(attendee.getParameter("RSVP").orElseThrow().getValue()).isEqualTo("TRUE");
		assertThat(attendee.getParameter("PARTSTAT").orElseThrow().getValue()).isEqualTo("NEEDS-ACTION");
		assertThat(event.getProperties(Property.ATTENDEE)).hasSize(1);

		// biweekly, independently
		ICalendar second = Biweekly.parse(ics).first();
		assertThat(second.getMethod().getValue()).isEqualTo("REQUEST");
		biweekly.component.VEvent same = second.getEvents().get(0);
		assertThat(same.getSummary().getValue()).endsWith(title);
		assertThat(same.getUid().getValue()).isEqualTo(event.getProperty(Property.UID).orElseThrow().getValue());
		assertThat(same.getOrganizer().getEmail()).contains("@");
		Attendee answering = same.getAttendees().get(0);
		assertThat(answering.getEmail()).isEqualTo("r.nazarov@mol.example.tj");
		assertThat(answering.getRsvp()).isTrue();
		assertThat(same.getDescription().getValue()).contains("Тенденции переводов " + marker, LINK, "/meetings/" + id);
		assertThat(same.getUrl().getValue()).endsWith("/meetings/" + id);
	}

	@Test
	void downloadsAndFeedsArePublishedAndTheFeedNamesItself() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		UUID id = planned("Published " + marker);
		post(this.mvc, "secretariat.tj", "/meetings/" + id + "/announce", "version", "" + version(id));
		String download = this.mvc.get()
			.uri("/meetings/" + id + "/invitation.ics")
			.with(as("focal.mol.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertFolded(download);
		ICalendar published = Biweekly.parse(download).first();
		assertThat(published.getMethod().getValue()).isEqualTo("PUBLISH");
		assertThat(published.getEvents().get(0).getAttendees()).isEmpty();
		// LAST-MODIFIED: when the meeting was last saved (here: announced), in UTC
		java.time.Instant saved = this.jdbc.sql("select updated_at from meeting where id = ?")
			.param(id)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(published.getEvents().get(0).getLastModified().getValue().toInstant())
			.isEqualTo(saved.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(download).containsPattern("\r\nLAST-MODIFIED:\\d{8}T\\d{6}Z\r\n");

		assertThat(post(this.mvc, "focal.mol.tj", "/meetings/calendar-feeds")).hasStatus(302);
		String page = this.mvc.get()
			.uri("/meetings/calendar-feeds")
			.with(as("focal.mol.tj"))
			.exchange()
			.getResponse()
			.getContentAsString();
		int at = page.indexOf("/calendar/");
		String feed = this.mvc.get()
			.uri(page.substring(at, page.indexOf('"', at)))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertFolded(feed);
		Calendar calendar = MeetingTestSupport.parse(feed);
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
		assertThat(calendar.getProperty("NAME").map(Property::getValue)).contains("Hamkori meetings");
		assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Hamkori meetings");
		assertThat(feed).contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
		ICalendar second = Biweekly.parse(feed).first();
		assertThat(second.getNames()).extracting((name) -> name.getValue()).containsExactly("Hamkori meetings");
		assertThat(second.getRefreshInterval().getValue().toMillis()).isEqualTo(3_600_000L);
		assertThat(second.getEvents())
			.anySatisfy((event) -> assertThat(event.getSummary().getValue()).contains("Published " + marker));
	}

	/**
	 * RFC 5545 3.1: lines of at most 75 octets, CRLF, continuation lines begin with a
	 * space.
	 */
	private static void assertFolded(String ics) {
		assertThat(ics).contains("\r\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

	private UUID planned(String title) {
		LocalDateTime start = LocalDateTime.now(TestClock.clock())
			.plusDays(20)
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
			.param("startsAt", MeetingTestSupport.FORM.format(start))
			.param("endsAt", MeetingTestSupport.FORM.format(start.plusHours(3)))
			.param("timeZone", "Asia/Dushanbe")
			.param("venue", "Dushanbe, Hotel Serena")
			.param("onlineLink", LINK)
			.param("languages", "ru", "en")
			.exchange();
		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring("/meetings/".length(), location.indexOf('?')));
	}

	private int version(UUID id) {
		return this.jdbc.sql("select version from meeting where id = ?").param(id).query(Integer.class).single();
	}

}
