package org.hamkori.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.hamkori.TestClock;
import org.hamkori.TestMailServer;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Planning meetings through the real pages, and reading what the mail server received.
 */
final class MeetingTestSupport {

	static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private MeetingTestSupport() {
	}

	static MvcTestResult plan(MockMvcTester mvc, String user, String title, LocalDateTime start, LocalDateTime end,
			String zone) {
		return mvc.post()
			.uri("/mechanisms/CCM-TJ/meetings")
			.with(as(user))
			.with(csrf())
			.param("type", "ORDINARY")
			.param("title", title)
			.param("startsAt", FORM.format(start))
			.param("endsAt", FORM.format(end))
			.param("timeZone", zone)
			.param("venue", "Dushanbe, Hotel Serena")
			.param("languages", "ru", "en")
			.exchange();
	}

	/** A new draft meeting of CCM-TJ two weeks ahead; its id. */
	static UUID draft(MockMvcTester mvc, String title) {
		LocalDateTime start = LocalDateTime.now(TestClock.clock())
			.plusDays(14)
			.withHour(10)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		MvcTestResult result = plan(mvc, "secretariat.tj", title, start, start.plusHours(3), "Asia/Dushanbe");
		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/meetings/");
		return UUID.fromString(location.substring("/meetings/".length(), location.indexOf('?')));
	}

	/** A draft as {@link #draft}, announced so that every member sees it; its id. */
	static UUID announced(MockMvcTester mvc, org.springframework.jdbc.core.simple.JdbcClient jdbc, String title) {
		UUID id = draft(mvc, title);
		int version = jdbc.sql("select version from meeting where id = ?").param(id).query(Integer.class).single();
		assertThat(post(mvc, "secretariat.tj", "/meetings/" + id + "/announce", "version", "" + version))
			.hasStatus(302);
		return id;
	}

	/**
	 * A draft as {@link #draft} with one discussion item, announced and then held, so its
	 * minutes can be written; its id.
	 */
	static UUID held(MockMvcTester mvc, org.springframework.jdbc.core.simple.JdbcClient jdbc, String title) {
		UUID id = draft(mvc, title);
		post(mvc, "secretariat.tj", "/meetings/" + id + "/agenda", "titleEn", "Migration trends", "titleRu",
				"Тенденции миграции", "kind", "DISCUSSION", "durationMinutes", "30");
		for (String step : new String[] { "announce", "held" }) {
			int version = jdbc.sql("select version from meeting where id = ?").param(id).query(Integer.class).single();
			assertThat(post(mvc, "secretariat.tj", "/meetings/" + id + "/" + step, "version", "" + version))
				.hasStatus(302);
		}
		return id;
	}

	static MvcTestResult post(MockMvcTester mvc, String user, String uri, String... params) {
		var request = mvc.post().uri(uri).with(as(user)).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	/** The messages to one address whose subject mentions the text. */
	static List<MimeMessage> mailsTo(String address, String subjectPart, int atLeast) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000;
		List<MimeMessage> found = List.of();
		while (System.currentTimeMillis() < deadline) {
			found = TestMailServer.messagesTo(address)
				.stream()
				.filter((m) -> subject(m).contains(subjectPart))
				.toList();
			if (found.size() >= atLeast) {
				break;
			}
			Thread.sleep(100);
		}
		return found;
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			return "";
		}
	}

	/** The text/calendar part of an e-mail, parsed back by ical4j. */
	static Calendar calendarOf(MimeMessage message) throws Exception {
		return parse(part(message, "text/calendar"));
	}

	static String textOf(MimeMessage message) throws Exception {
		return part(message, "text/plain");
	}

	static Calendar parse(String ics) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static String part(MimeMessage message, String type) throws Exception {
		Object content = message.getContent();
		if (content instanceof String text) {
			return message.isMimeType(type) ? text : null;
		}
		return find((Multipart) content, type);
	}

	private static String find(Multipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType(type)) {
				Object content = part.getContent();
				if (content instanceof String text) {
					return text;
				}
				try (InputStream in = (InputStream) content) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					in.transferTo(out);
					return out.toString(StandardCharsets.UTF_8);
				}
			}
			if (part.getContent() instanceof Multipart nested) {
				String found = find(nested, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
