package org.hamkori.search;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.meetings.Decision;
import org.hamkori.results.ResultLevel;
import org.hamkori.shared.i18n.LocalizedText;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A workplan activity's "guided by" and "change caused by" records are picked by words
 * from what the one search finds for the editor, never by typing a number: a record the
 * editor may not see is neither offered nor taken when its value is forged.
 */
class WorkplanGuidancePickerTests extends PickerWebTest {

	static final String REFUSED = "Такого решения, рекомендации или вопроса, доступного вам, нет";

	@Test
	void anActivityIsGuidedByADecisionPickedByWords() {
		String word = "Guidepick" + Long.toString(System.nanoTime(), 36);
		Decision tajik = this.fixtures.decision("secretariat.tj", "CCM-TJ", "Asia/Dushanbe",
				LocalizedText.of("en", "Approve the plan of " + word));
		UUID kazakh = this.fixtures
			.decision("secretariat.kz", "CCM-KZ", "Asia/Almaty", LocalizedText.of("en", "Approve the quota of " + word))
			.id();
		String code = this.fixtures.number(tajik);
		String words = word.toLowerCase();
		ResultLevel output = this.fixtures.workplanOutput("Picked guidance " + UUID.randomUUID());
		UUID programme = output.programmeId();
		String newPage = "/programmes/" + programme + "/workplan/new?output=" + output.id();

		// the form asks for words under each guidance field, in a search form of its own
		assertThat(get(newPage, "secretariat.tj")).contains("name=\"guidedByq\"", "name=\"changeCauseq\"",
				"form=\"find-guidedBy\"", "<form id=\"find-guidedBy\"",
				"data-hx-get=\"/programmes/" + programme + "/workplan/guidance/find?field=guidedBy\"");

		// typeahead and the page without script offer the Tajik decision, not the Kazakh
		// members-only one
		String find = "/programmes/" + programme + "/workplan/guidance/find?field=guidedBy&guidedByq=" + words;
		for (String found : new String[] { get(find, "secretariat.tj"),
				get(newPage + "&guidedByq=" + words, "secretariat.tj") }) {
			assertThat(found).contains("value=\"decision:" + tajik.id() + "\"").doesNotContain(kazakh.toString());
		}
		assertThat(get("/programmes/" + programme + "/workplan/guidance/find?field=guidedBy&guidedByq=quota+" + word,
				"secretariat.tj"))
			.doesNotContain(kazakh.toString())
			.contains("No record you can see matches these words.");
		// nothing matches: the empty state; an unknown field or another country's
		// secretariat: nothing at all
		assertThat(get("/programmes/" + programme + "/workplan/guidance/find?field=changeCause&changeCauseq=Zq"
				+ UUID.randomUUID().toString().substring(0, 8), "secretariat.tj"))
			.contains("No record you can see matches these words.");
		assertThat(this.mvc.get()
			.uri("/programmes/" + programme + "/workplan/guidance/find?field=title&guidedByq=" + words)
			.with(as("secretariat.tj"))).hasStatus(404);
		assertThat(this.mvc.get().uri(find).with(as("secretariat.kz")).exchange().getResponse().getStatus()).isIn(403,
				404);

		// a forged value is refused in the editor's language and saves nothing
		for (String forged : new String[] { "decision:" + kazakh, "decision:" + UUID.randomUUID(),
				"issue:" + tajik.id() }) {
			assertThat(post(programme, output, "F1", "ONGOING", forged, null)).hasStatusOk()
				.bodyText()
				.contains(REFUSED);
		}
		assertThat(post(programme, output, "F2", "CANCELLED", null, "decision:" + kazakh)).hasStatusOk()
			.bodyText()
			.contains(REFUSED);
		assertThat(guidance(programme)).isEmpty();

		// picked: stored under the decision's own number, for guidance and for a cause
		assertThat(post(programme, output, "P1", "ONGOING", "decision:" + tajik.id(), null)).hasStatus(302);
		assertThat(post(programme, output, "P2", "POSTPONED", null, "decision:" + tajik.id())).hasStatus(302);
		assertThat(guidance(programme)).containsExactlyInAnyOrder("GUIDED_BY " + code, "CHANGE_CAUSE " + code);
		UUID activity = this.jdbc.sql("select id from workplan_activity where programme_id = ? and code = 'P1'")
			.param(programme)
			.query(UUID.class)
			.single();
		// the edit form shows the named record, chosen, by its number
		assertThat(get("/workplan/" + activity + "/edit", "secretariat.tj"))
			.contains("name=\"guidedBy\" value=\"" + code + "\" checked");
	}

	private List<String> guidance(UUID programme) {
		return this.jdbc
			.sql("select g.purpose || ' ' || g.record_code from activity_guidance g join workplan_activity a"
					+ " on a.id = g.activity_id where a.programme_id = ?")
			.param(programme)
			.query(String.class)
			.list();
	}

	private UUID iom() {
		return this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
	}

	private MvcTestResult post(UUID programme, ResultLevel output, String code, String status, String guidedBy,
			String cause) {
		var request = this.mvc.post()
			.uri("/programmes/" + programme + "/workplan?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("outputId", output.id().toString())
			.param("code", code)
			.param("titleEn", "Activity " + code)
			.param("area", "TJ")
			.param("responsibleId", iom().toString())
			.param("startDate", "2025-03-01")
			.param("endDate", "2025-06-30")
			.param("status", status)
			.param("statusReason", "Reason");
		if (guidedBy != null) {
			request = request.param("guidedBy", guidedBy);
		}
		if (cause != null) {
			request = request.param("changeCause", cause);
		}
		return request.exchange();
	}

	private String get(String uri, String user) {
		return this.fixtures.get(uri, user);
	}

}
