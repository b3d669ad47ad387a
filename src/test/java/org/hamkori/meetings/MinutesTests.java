package org.hamkori.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.hamkori.meetings.MeetingTestSupport.draft;
import static org.hamkori.meetings.MeetingTestSupport.post;

/**
 * From a held meeting to adopted minutes: bad input is refused with a message and stores
 * nothing, two secretaries never lose each other's text, decisions keep their numbers,
 * actions need an owner, and adopted minutes are locked with every version kept.
 */
@HamkoriWebTest
class MinutesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWholeRoadFromDraftToAdoptedMinutes() throws Exception {
		String title = "Road " + UUID.randomUUID();
		UUID id = held(title);
		String item = firstItem(id);

		assertThat(saveMinutes(id, "ru", null, "Открытие заседания", item, "Обсудили **тренды** миграции."))
			.hasRedirectedUrl("/meetings/" + id + "/minutes?saved");
		assertThat(saveMinutes(id, "en", null, "Opening", item, "Discussed migration trends.")).hasStatus(302);
		assertThat(status(id)).isEqualTo("MINUTES_DRAFT");

		// decisions are numbered per meeting and keep their number
		post(this.mvc, "secretariat.tj", "/meetings/" + id + "/decisions", "text[ru]", "Создать рабочую группу",
				"text[en]", "Set up a working group");
		post(this.mvc, "secretariat.tj", "/meetings/" + id + "/decisions", "text[ru]", "Подготовить доклад", "text[en]",
				"Prepare a report");
		String code = this.jdbc.sql(
				"select m.code || '/' || number from meeting join mechanism m on m.id = meeting.mechanism_id where meeting.id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(this.mvc.get().uri("/meetings/" + id + "/minutes").with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains(code + "/D1", code + "/D2", "Set up a working group", "<strong>тренды</strong>");

		// an action needs an owner institution; nothing is stored without one
		UUID decision = this.jdbc.sql("select id from decision where meeting_id = ? and number = 1")
			.param(id)
			.query(UUID.class)
			.single();
		assertThat(post(this.mvc, "secretariat.tj", "/decisions/" + decision + "/actions", "action[ru]",
				"Собрать данные", "action[en]", "Collect the data", "dueDate",
				LocalDate.now(TestClock.clock()).plusDays(30).toString()))
			.hasStatusOk()
			.bodyText()
			.contains("owner");
		assertThat(this.jdbc.sql("select count(*) from action_item where decision_id = ?")
			.param(decision)
			.query(Long.class)
			.single()).isZero();
		UUID nbt = this.jdbc.sql("select id from organisation where acronym = 'NBT'").query(UUID.class).single();
		assertThat(post(this.mvc, "secretariat.tj", "/decisions/" + decision + "/actions", "action[ru]",
				"Собрать данные о переводах", "action[en]", "Collect remittance data", "ownerOrganisationId",
				nbt.toString(), "dueDate", LocalDate.now(TestClock.clock()).plusDays(30).toString()))
			.hasStatus(302);
		assertThat(this.jdbc.sql("select decision_number from action_item where decision_id = ?")
			.param(decision)
			.query(String.class)
			.single()).isEqualTo(code + "/D1");

		// circulate, a member comments, adoption waits until it is resolved
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/minutes/circulate", "deadline",
				LocalDate.now(TestClock.clock()).plusDays(7).toString()))
			.hasRedirectedUrl("/meetings/" + id + "/minutes?circulated");
		// every member is told by e-mail, in their language, where to comment and until
		// when
		assertThat(MeetingTestSupport.mailsTo("b.sharipov@nbt.example.tj", "Суратҷаласа барои мулоҳиза", 1))
			.isNotEmpty();
		assertThat(MeetingTestSupport.mailsTo("r.nazarov@mol.example.tj", "Протокол на согласование", 1)).isNotEmpty();
		assertThat(post(this.mvc, "focal.nbt.tj", "/meetings/" + id + "/minutes/comments", "body",
				"Please add the remittance figures."))
			.hasStatus(302);
		assertThat(post(this.mvc, "chair.tj", "/meetings/" + id + "/minutes/adopt"))
			.hasRedirectedUrl("/meetings/" + id + "/minutes?problem=minutes.error.openComments");
		UUID comment = this.jdbc.sql("select id from minutes_comment where meeting_id = ?")
			.param(id)
			.query(UUID.class)
			.single();
		post(this.mvc, "secretariat.tj", "/minutes-comments/" + comment + "/resolve", "meeting", id.toString(),
				"resolution", "Figures added to item 1");
		// an ordinary member cannot adopt; the chair can
		assertThat(post(this.mvc, "focal.nbt.tj", "/meetings/" + id + "/minutes/adopt")).hasStatus(403);
		assertThat(post(this.mvc, "chair.tj", "/meetings/" + id + "/minutes/adopt"))
			.hasRedirectedUrl("/meetings/" + id + "/minutes?adopted");
		assertThat(status(id)).isEqualTo("MINUTES_ADOPTED");

		// adopted minutes are locked: editing is refused with a message and changes
		// nothing
		int version = minutesVersion(id, "ru");
		MvcTestResult locked = saveMinutes(id, "ru", version, "Changed afterwards", item, "Rewritten");
		assertThat(locked).hasStatusOk().bodyText().contains("adopted and locked");
		assertThat(this.jdbc.sql("select summaries from minutes where meeting_id = ? and language = 'ru'")
			.param(id)
			.query(String.class)
			.single()).contains("Открытие заседания").doesNotContain("Changed afterwards");
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/decisions", "text[ru]", "Late", "text[en]",
				"Late"))
			.hasRedirectedUrl("/meetings/" + id + "/minutes?problem=minutes.error.locked#decisions");
		// every version is kept
		assertThat(this.mvc.get().uri("/meetings/" + id + "/minutes/ru/revisions").with(as("focal.mol.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("Version 1");
	}

	@Test
	void twoSecretariesSavingTheSameMinutesLoseNoText() {
		UUID id = held("Conflict " + UUID.randomUUID());
		String item = firstItem(id);
		assertThat(saveMinutes(id, "ru", null, "Начало", item, "Первый вариант")).hasStatus(302);
		int version = minutesVersion(id, "ru");
		// both open version N; the first save wins
		assertThat(saveMinutes(id, "ru", version, "Начало", item, "Текст секретаря А")).hasStatus(302);
		MvcTestResult second = saveMinutes(id, "ru", version, "Начало", item, "Текст секретаря Б");
		assertThat(second).hasStatusOk()
			.bodyText()
			.contains("saved these minutes while you were writing", "Текст секретаря Б", "Текст секретаря А");
		assertThat(this.jdbc.sql("select summaries from minutes where meeting_id = ? and language = 'ru'")
			.param(id)
			.query(String.class)
			.single()).contains("Текст секретаря А");
		// the second secretary merges and saves on top of the new version
		assertThat(
				saveMinutes(id, "ru", minutesVersion(id, "ru"), "Начало", item, "Текст секретаря А. Текст секретаря Б"))
			.hasStatus(302);
		assertThat(this.jdbc
			.sql("select count(*) from minutes_revision r join minutes m on m.id = r.minutes_id where m.meeting_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aScriptInTheMinutesIsRefusedWithAMessageAndNothingIsStored() {
		UUID id = held("Script " + UUID.randomUUID());
		String item = firstItem(id);
		MvcTestResult result = saveMinutes(id, "ru", null, "Opening", item, "Hello <script>alert(1)</script>");
		assertThat(result).hasStatusOk().bodyText().contains("HTML, such as a &lt;script&gt; tag, is not accepted");
		assertThat(
				this.jdbc.sql("select count(*) from minutes where meeting_id = ?").param(id).query(Long.class).single())
			.isZero();
		assertThat(saveMinutes(id, "ru", null, "Opening", item, "[click](javascript:alert(1))")).hasStatusOk()
			.bodyText()
			.contains("Only web (http, https) and e-mail links are accepted");
	}

	@Test
	void badPlansAreRefusedWithAMessageAndStoreNothing() {
		LocalDateTime start = LocalDateTime.now(TestClock.clock()).plusDays(20).withSecond(0).withNano(0);
		String before = "Backwards " + UUID.randomUUID();
		assertThat(MeetingTestSupport.plan(this.mvc, "secretariat.tj", before, start, start.minusHours(1),
				"Asia/Dushanbe"))
			.hasStatusOk()
			.bodyText()
			.contains("The end must come after the start");
		String zone = "Nowhere " + UUID.randomUUID();
		assertThat(MeetingTestSupport.plan(this.mvc, "secretariat.tj", zone, start, start.plusHours(1), "Mars/Olympus"))
			.hasStatusOk()
			.bodyText()
			.contains("is not a known time zone");
		assertThat(this.jdbc.sql("select count(*) from meeting where title like ? or title like ?")
			.params("%" + before + "%", "%" + zone + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anotherCountrysMembersSeeNothingOfAMeeting() {
		UUID id = held("Private " + UUID.randomUUID());
		for (String uri : new String[] { "/meetings/" + id, "/meetings/" + id + "/minutes",
				"/meetings/" + id + "/attendance", "/meetings/" + id + "/invitation.ics",
				"/mechanisms/CCM-TJ/meetings" }) {
			assertThat(this.mvc.get().uri(uri).with(as("secretariat.kz"))).as(uri).hasStatus(404);
			assertThat(this.mvc.get().uri(uri).with(as("focal.mol.tj"))).as(uri).hasStatusOk();
		}
		assertThat(post(this.mvc, "secretariat.kz", "/meetings/" + id + "/minutes/ru", "summary[opening]", "x"))
			.hasStatus(404);
		// a member who does not run the mechanism may read but not write
		assertThat(post(this.mvc, "focal.mol.tj", "/meetings/" + id + "/minutes/ru", "summary[opening]", "x"))
			.hasStatus(403);
	}

	@Test
	void attendanceCountsBySexAndInstitutionAndTellsTheQuorum() throws Exception {
		UUID id = held("Attendance " + UUID.randomUUID());
		UUID chair = person("f.karimova@mol.example.tj");
		UUID focal = person("r.nazarov@mol.example.tj");
		UUID nbt = person("b.sharipov@nbt.example.tj");
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/attendance/members", "person",
				chair.toString(), "person", focal.toString(), "person", nbt.toString()))
			.hasRedirectedUrl("/meetings/" + id + "/attendance?recorded");
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/attendance/substitutes", "fullName",
				"Mavluda Sharipova", "sex", "F", "substituteFor", person("d.saidov@ms.example.tj").toString()))
			.hasStatus(302);
		String page = this.mvc.get()
			.uri("/meetings/" + id + "/attendance")
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Women</span>: <strong>2</strong>", "Men</span>: <strong>2</strong>",
				"Mavluda Sharipova", "No quorum: 3 institutions present");
		// the same person twice is refused
		assertThat(
				post(this.mvc, "secretariat.tj", "/meetings/" + id + "/attendance/members", "person", chair.toString()))
			.hasStatusOk()
			.bodyText()
			.contains("already recorded");
	}

	private UUID held(String title) {
		UUID id = draft(this.mvc, title);
		post(this.mvc, "secretariat.tj", "/meetings/" + id + "/agenda", "titleEn", "Migration trends", "titleRu",
				"Тенденции миграции", "kind", "DISCUSSION", "durationMinutes", "30");
		post(this.mvc, "secretariat.tj", "/meetings/" + id + "/announce", "version", "" + version(id));
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/held", "version", "" + version(id)))
			.hasRedirectedUrl("/meetings/" + id + "?held");
		return id;
	}

	private MvcTestResult saveMinutes(UUID id, String language, Integer version, String opening, String item,
			String text) {
		return post(this.mvc, "secretariat.tj", "/meetings/" + id + "/minutes/" + language, "version",
				(version != null) ? version.toString() : "", "summary[opening]", opening, "summary[" + item + "]",
				text);
	}

	private String firstItem(UUID id) {
		return this.jdbc.sql("select id from agenda_item where meeting_id = ? and standing is null order by sort_order")
			.param(id)
			.query(UUID.class)
			.list()
			.get(0)
			.toString();
	}

	private int version(UUID id) {
		return this.jdbc.sql("select version from meeting where id = ?").param(id).query(Integer.class).single();
	}

	private int minutesVersion(UUID id, String language) {
		return this.jdbc.sql("select version from minutes where meeting_id = ? and language = ?")
			.params(id, language)
			.query(Integer.class)
			.single();
	}

	private String status(UUID id) {
		return this.jdbc.sql("select status from meeting where id = ?").param(id).query(String.class).single();
	}

	private UUID person(String email) {
		return this.jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
	}

}
