package org.hamkori.meetings;

import java.time.LocalDateTime;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings API: members read their mechanism's meetings and invitation, the
 * secretariat plans through it with the same rules as the pages, and another country's
 * token finds nothing.
 */
@HamkoriWebTest
class MeetingsApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftMeetingIsSeenByThoseWhoPlanItUntilAnnounced() {
		String title = "Draft visibility " + UUID.randomUUID();
		UUID id = MeetingTestSupport.draft(this.mvc, title);
		String member = TestRequests.apiToken(this.mvc, "focal.mol.tj");
		for (String user : java.util.List.of("secretariat.tj", "chair.tj", "admin")) {
			assertThat(this.mvc.get().uri("/meetings/" + id).with(TestRequests.as(user))).as(user).hasStatusOk();
		}
		for (String user : java.util.List.of("focal.mol.tj", "observer.tj", "focal.nbt.tj")) {
			assertThat(this.mvc.get().uri("/meetings/" + id).with(TestRequests.as(user))).as(user).hasStatus(404);
			assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/meetings").with(TestRequests.as(user))).as(user)
				.hasStatusOk()
				.bodyText()
				.doesNotContain(title);
		}
		assertThat(this.mvc.get().uri("/api/v1/meetings/" + id).header("Authorization", "Bearer " + member))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/meetings?mechanism=CCM-TJ").header("Authorization", "Bearer " + member))
			.hasStatusOk()
			.bodyText()
			.doesNotContain(title);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/meetings").with(TestRequests.as("secretariat.tj"))).bodyText()
			.contains(title);

		int version = this.jdbc.sql("select version from meeting where id = ?").param(id).query(Integer.class).single();
		MeetingTestSupport.post(this.mvc, "secretariat.tj", "/meetings/" + id + "/announce", "version", "" + version);
		assertThat(this.mvc.get().uri("/meetings/" + id).with(TestRequests.as("focal.mol.tj"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/meetings?mechanism=CCM-TJ").header("Authorization", "Bearer " + member))
			.bodyText()
			.contains(title);
	}

	@Test
	void theSecretariatPlansAndAnnouncesAndMembersReadTheInvitation() throws Exception {
		String secretariat = TestRequests.apiToken(this.mvc, "secretariat.tj");
		LocalDateTime start = LocalDateTime.now(TestClock.clock())
			.plusDays(30)
			.withHour(9)
			.withMinute(30)
			.withSecond(0)
			.withNano(0);
		String title = "API meeting " + UUID.randomUUID();

		MvcTestResult backwards = create(secretariat, title, start, start.minusHours(2), "Asia/Dushanbe");
		assertThat(backwards).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("end");
		MvcTestResult unknownZone = create(secretariat, title, start, start.plusHours(2), "Asia/Atlantis");
		assertThat(unknownZone).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("validation.meeting.zone");

		MvcTestResult created = create(secretariat, title, start, start.plusHours(2), "Asia/Dushanbe");
		assertThat(created).hasStatus(201);
		String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(created).bodyJson().extractingPath("$.start").asString().endsWith("09:30:00+05:00");

		String item = "{\"title\":{\"ru\":\"Тенденции\",\"en\":\"Trends\"},\"kind\":\"DECISION\",\"durationMinutes\":40}";
		assertThat(this.mvc.post()
			.uri("/api/v1/meetings/" + id + "/agenda")
			.header("Authorization", "Bearer " + secretariat)
			.contentType(MediaType.APPLICATION_JSON)
			.content(item)).hasStatus(201);
		int version = this.jdbc.sql("select version from meeting where id = ?")
			.param(UUID.fromString(id))
			.query(Integer.class)
			.single();
		MeetingTestSupport.post(this.mvc, "secretariat.tj", "/meetings/" + id + "/announce", "version", "" + version);

		String member = TestRequests.apiToken(this.mvc, "focal.mol.tj");
		assertThat(this.mvc.get().uri("/api/v1/meetings?mechanism=CCM-TJ").header("Authorization", "Bearer " + member))
			.hasStatusOk()
			.bodyText()
			.contains(title);
		assertThat(this.mvc.get().uri("/api/v1/meetings/" + id).header("Authorization", "Bearer " + member))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.agenda[?(@.followUp == false)].title.en")
			.asArray()
			.containsExactly("Trends");
		String ics = this.mvc.get()
			.uri("/api/v1/meetings/" + id + "/invitation.ics")
			.header("Authorization", "Bearer " + member)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Calendar calendar = MeetingTestSupport.parse(ics);
		VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("T093000");
		// a download is published; only an e-mail to a member is an iTIP REQUEST
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");

		// members cannot plan; another country sees nothing
		assertThat(create(member, title, start, start.plusHours(1), "Asia/Dushanbe")).hasStatus(403);
		String kazakh = TestRequests.apiToken(this.mvc, "secretariat.kz");
		assertThat(this.mvc.get().uri("/api/v1/meetings?mechanism=CCM-TJ").header("Authorization", "Bearer " + kazakh))
			.hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/api/v1/meetings/" + id + "/invitation.ics")
			.header("Authorization", "Bearer " + kazakh)).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/api/v1/meetings/" + id + "/attendance")
			.header("Authorization", "Bearer " + kazakh)).hasStatus(404);
	}

	private MvcTestResult create(String token, String title, LocalDateTime start, LocalDateTime end, String zone) {
		String body = "{\"type\":\"ORDINARY\",\"title\":\"" + title + "\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
				+ end + "\",\"timeZone\":\"" + zone + "\",\"venue\":\"Dushanbe\",\"languages\":[\"ru\",\"en\"]}";
		return this.mvc.post()
			.uri("/api/v1/meetings?mechanism=CCM-TJ")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
