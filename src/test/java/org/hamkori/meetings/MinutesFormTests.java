package org.hamkori.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.meetings.MeetingTestSupport.held;
import static org.hamkori.meetings.MeetingTestSupport.post;

/**
 * The minutes, agenda, attendance and cancellation forms bound as form records: a broken
 * rule is named in the reader's language (chosen with {@code ?lang=}) with what was typed
 * kept and nothing stored, and a value of the wrong type answers "not found" as it always
 * did.
 */
@HamkoriWebTest
class MinutesFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSummaryWithHtmlIsRefusedInTheReadersLanguageWithTheTextKept() {
		UUID id = held(this.mvc, this.jdbc, "Summary form " + UUID.randomUUID());
		String opening = "Открытие " + UUID.randomUUID();
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/minutes/ru?lang=ru", "version", "",
				"summary[opening]", opening + " <script>alert(1)</script>"))
			.hasStatusOk()
			.bodyText()
			.contains("Пишите простым текстом", opening + " &lt;script&gt;");
		assertThat(count("select count(*) from minutes where meeting_id = ?", id)).isZero();
	}

	@Test
	void anActionWithoutOwnerSaysWhyInTheReadersLanguageAndKeepsTheTitles() {
		UUID id = held(this.mvc, this.jdbc, "Action form " + UUID.randomUUID());
		post(this.mvc, "secretariat.tj", "/meetings/" + id + "/decisions", "text[ru]", "Создать рабочую группу",
				"text[en]", "Set up a working group");
		UUID decision = this.jdbc.sql("select id from decision where meeting_id = ?")
			.param(id)
			.query(UUID.class)
			.single();
		String title = "Collect the data " + UUID.randomUUID();
		assertThat(post(this.mvc, "secretariat.tj", "/decisions/" + decision + "/actions?lang=ru", "action[ru]",
				"Собрать данные", "action[en]", title, "dueDate",
				LocalDate.now(TestClock.clock()).plusDays(30).toString()))
			.hasStatusOk()
			.bodyText()
			.contains("Поручение без ответственного не отследить", "value=\"" + title + "\"",
					"value=\"Собрать данные\"");
		assertThat(count("select count(*) from action_item where decision_id = ?", decision)).isZero();
	}

	@Test
	void aCommentWithHtmlIsRefusedInTheReadersLanguageWithTheTextKept() {
		UUID id = held(this.mvc, this.jdbc, "Comment form " + UUID.randomUUID());
		for (String language : new String[] { "ru", "en" }) {
			assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/minutes/" + language, "version", "",
					"summary[opening]", "Opening"))
				.hasStatus(302);
		}
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/minutes/circulate", "deadline",
				LocalDate.now(TestClock.clock()).plusDays(7).toString()))
			.hasStatus(302);
		String comment = "Please add the figures " + UUID.randomUUID();
		assertThat(post(this.mvc, "focal.nbt.tj", "/meetings/" + id + "/minutes/comments?lang=tg", "body",
				comment + " <script>alert(1)</script>"))
			.hasStatusOk()
			.bodyText()
			.contains("Матни оддӣ нависед", comment + " &lt;script&gt;");
		assertThat(count("select count(*) from minutes_comment where meeting_id = ?", id)).isZero();
	}

	@Test
	void aDeclineWithoutReasonSaysWhyInTheReadersLanguage() {
		UUID id = MeetingTestSupport.announced(this.mvc, this.jdbc, "Decline form " + UUID.randomUUID());
		assertThat(post(this.mvc, "focal.mol.tj", "/meetings/" + id + "/agenda", "titleEn", "A proposal", "kind",
				"DISCUSSION", "durationMinutes", "15"))
			.hasStatus(302);
		UUID item = this.jdbc.sql("select id from agenda_item where meeting_id = ? and status = 'PROPOSED'")
			.param(id)
			.query(UUID.class)
			.single();
		assertThat(post(this.mvc, "secretariat.tj", "/agenda/" + item + "/decline?lang=ru", "reason", " "))
			.hasStatusOk()
			.bodyText()
			.contains("Укажите причину; её увидит автор предложения.");
		assertThat(
				this.jdbc.sql("select status from agenda_item where id = ?").param(item).query(String.class).single())
			.isEqualTo("PROPOSED");
	}

	@Test
	void aRefusedAttendanceOrCancellationSaysWhyInTheReadersLanguage() {
		UUID id = held(this.mvc, this.jdbc, "Attendance form " + UUID.randomUUID());
		String name = "Mavluda " + UUID.randomUUID();
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/attendance/substitutes?lang=ru", "fullName",
				name, "sex", "F", "substituteFor", UUID.randomUUID().toString()))
			.hasStatusOk()
			.bodyText()
			.contains("Это лицо не входит в состав механизма.", "value=\"" + name + "\"");
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/attendance/members?lang=ru")).hasStatusOk()
			.bodyText()
			.contains("Выберите хотя бы одного члена.");
		assertThat(count("select count(*) from attendance where meeting_id = ?", id)).isZero();

		UUID planned = MeetingTestSupport.announced(this.mvc, this.jdbc, "Cancel form " + UUID.randomUUID());
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + planned + "/cancel?lang=ru", "reason", " "))
			.hasStatusOk()
			.bodyText()
			.contains("Это поле обязательно");
		assertThat(this.jdbc.sql("select status from meeting where id = ?").param(planned).query(String.class).single())
			.isEqualTo("ANNOUNCED");
	}

	@Test
	void aMistypedValueIsNotFoundAndChangesNothing() {
		UUID id = held(this.mvc, this.jdbc, "Mistyped " + UUID.randomUUID());
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/decisions", "agendaItemId", "not-an-id",
				"text[ru]", "Решение"))
			.hasStatus(404);
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/minutes/circulate", "deadline", "next week"))
			.hasStatus(404);
		assertThat(post(this.mvc, "chair.tj", "/meetings/" + id + "/minutes/adopt", "atMeeting", "not-an-id"))
			.hasStatus(404);
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/agenda/order", "item", "not-an-id"))
			.hasStatus(404);
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/attendance/members", "person", "not-an-id"))
			.hasStatus(404);
		assertThat(post(this.mvc, "secretariat.tj", "/meetings/" + id + "/rsvp", "response", "MAYBE")).hasStatus(404);
		assertThat(count("select count(*) from decision where meeting_id = ?", id)).isZero();
		assertThat(this.jdbc.sql("select status from meeting where id = ?").param(id).query(String.class).single())
			.isEqualTo("HELD");
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

}
