package org.hamkori.reporting;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;
import org.hamkori.indicators.Period;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@HamkoriWebTest
class DataExchangeWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	Submissions submissions;

	StatisticsTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets);
	}

	@Test
	void theSecretariatDefinesADataSetAndNamesItsReporter() {
		String code = StatisticsTestSupport.uniqueCode("LAB");
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/data-sets")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("code", code)
			.param("periodicity", "QUARTERLY")
			.param("indicators", "DEPARTURES")).hasStatusOk().bodyText().contains("Give the data set a name.");
		assertThat(this.dataSets.byCode(StatisticsTestSupport.TJ, code)).isEmpty();
		MvcTestResult created = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/data-sets")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("code", code)
			.param("nameEn", "Labour migration flows")
			.param("periodicity", "QUARTERLY")
			.param("visibility", "MEMBERS")
			.param("indicators", "DEPARTURES", "RETURNS")
			.param("required", "DEPARTURES")
			.exchange();
		assertThat(created).hasStatus(302);
		DataSet set = this.dataSets.byCode(StatisticsTestSupport.TJ, code).orElseThrow();
		assertThat(set.indicators()).extracting(DataSet.Item::indicator).containsExactly("DEPARTURES", "RETURNS");
		assertThat(set.item("DEPARTURES").orElseThrow().required()).isTrue();

		assertThat(this.mvc.post()
			.uri("/data-sets/" + set.id() + "/obligations")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("organisationId", this.support.organisation("NBT", "TJ").toString())
			.param("dueDays", "30")
			.param("firstPeriod", "2024-01")).hasStatusOk().bodyText().contains("does not match");
		assertThat(this.mvc.post()
			.uri("/data-sets/" + set.id() + "/obligations")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("organisationId", this.support.organisation("NBT", "TJ").toString())
			.param("dueDays", "30")
			.param("firstPeriod", "2024-Q1")).hasStatus(302);
		assertThat(this.dataSets.obligationsOf(set.id())).hasSize(1);
		assertThat(this.mvc.get().uri("/data-sets/" + set.id()).with(as("observer.tj"))).hasStatusOk()
			.bodyText()
			.contains("Labour migration flows");
		assertThat(this.mvc.get().uri("/data-sets/" + set.id()).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/data-sets").with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/data-sets/" + set.id() + "/obligations")
			.with(as("observer.tj"))
			.with(csrf())
			.param("dueDays", "30")).hasStatus(403);
	}

	@Test
	void theEntryGridKeepsTypedFiguresWhenRefusedThenSavesSubmitsAndIsApproved() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		String grid = "/data/obligations/" + o.id() + "/periods/2024-Q2";
		assertThat(this.mvc.get().uri("/data").with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains("Remittances");
		assertThat(this.mvc.get().uri(grid).with(as("focal.nbt.tj"))).hasStatusOk().bodyText().contains("Total");
		// line 1 is the remittances total, line 2 the first destination (Russia)
		assertThat(this.mvc.post()
			.uri(grid)
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("cells[v.1]", "12 500,5")
			.param("cells[v.2]", "-3")).hasStatusOk()
			.bodyText()
			// the cell that cannot be kept waits with what was typed; the others are
			// saved
			.contains("Saved: 1 new", "Cells not saved: 1", "-3 is negative", "value=\"-3\"", "value=\"12500.5\"");
		Submission partial = this.submissions.current(o.id(), Period.of("2024-Q2")).orElseThrow();
		assertThat(this.submissions.values(partial.id())).hasSize(1);

		assertThat(this.mvc.post()
			.uri(grid)
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("cells[v.1]", "12 500,5")
			.param("cells[v.2]", "12500,5")).hasStatusOk().bodyText().contains("Saved: 1 new, 0 changed, 1 unchanged");
		Submission draft = this.submissions.current(o.id(), Period.of("2024-Q2")).orElseThrow();
		assertThat(this.submissions.values(draft.id())).hasSize(2);

		assertThat(this.mvc.post()
			.uri("/data/submissions/" + draft.id() + "/submit")
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("version", Long.toString(draft.version()))).hasStatus(302);
		Submission submitted = this.submissions.find(draft.id()).orElseThrow();
		assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(this.mvc.post()
			.uri("/data/submissions/" + draft.id() + "/approve")
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("version", Long.toString(submitted.version()))).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/data/submissions/" + draft.id() + "/approve")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("version", Long.toString(submitted.version() - 1))).hasStatus(409);
		assertThat(this.mvc.post()
			.uri("/data/submissions/" + draft.id() + "/approve")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("version", Long.toString(submitted.version()))).hasStatus(302);
		assertThat(this.mvc.get().uri("/data/submissions/" + draft.id()).with(as("observer.tj"))).hasStatusOk()
			.bodyText()
			.contains("Approved", "Data as of", "12,500.5");
		assertThat(this.mvc.get().uri("/data/submissions/" + draft.id()).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri(grid).with(as("secretariat.kz"))).hasStatus(404);

		// clearing a cell of approved figures needs a revision reason
		assertThat(this.mvc.post().uri(grid).with(as("focal.nbt.tj")).with(csrf()).param("cells[v.1]", "12500.5"))
			.hasStatusOk()
			.bodyText()
			.contains("give a reason to revise them");
	}

	@Test
	void theGridSavesADraftWithMismatchedTotalsAndBlocksOnlyItsSubmission() throws Exception {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		String grid = "/data/obligations/" + o.id() + "/periods/2024-Q1";
		// line 1 is the remittances total, line 2 a destination: their sum is off by 40
		String saved = this.mvc.post()
			.uri(grid)
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("cells[v.1]", "100")
			.param("cells[v.2]", "60")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(saved).contains("Saved: 2 new",
				"The total differs from the sum by destination or origin country by 40", "href=\"#v-1\"",
				"class=\"mismatched\"");
		String messages = saved.substring(saved.indexOf("id=\"grid-messages\""),
				saved.indexOf("</ul>", saved.indexOf("id=\"grid-messages\"")));
		assertThat(messages).doesNotContain("COUNTERPART_AREA", "_T");
		assertThat(saved).doesNotContain("Nothing was saved");
		Submission draft = this.submissions.current(o.id(), Period.of("2024-Q1")).orElseThrow();
		assertThat(this.submissions.values(draft.id())).hasSize(2);

		MvcTestResult submit = this.mvc.post()
			.uri("/data/submissions/" + draft.id() + "/submit")
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("version", Long.toString(draft.version()))
			.exchange();
		assertThat(submit).hasStatus(302);
		assertThat(this.submissions.find(draft.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.DRAFT);
		// why it was refused travels as ?problem= and the page lists what to correct
		String refusedAt = submit.getResponse().getRedirectedUrl();
		assertThat(refusedAt).isEqualTo("/data/submissions/" + draft.id() + "?problem=data.submit.refused");
		String page = this.mvc.get()
			.uri(refusedAt)
			.with(as("focal.nbt.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int alert = page.indexOf("Not submitted: correct these first.");
		assertThat(alert).isPositive();
		assertThat(page.substring(alert, page.indexOf("</ul>", alert)).split("<li>"))
			.anySatisfy((line) -> assertThat(line)
				.contains("Personal remittances received · 2024-Q1", "differs from the sum by destination")
				.doesNotContain("COUNTERPART_AREA"));

		// an observer reads the figures as text, not as fields that look editable
		assertThat(this.mvc.get().uri(grid).with(as("observer.tj"))).hasStatusOk()
			.bodyText()
			.contains("You can read these figures", "read-only")
			.doesNotContain("name=\"cells[v.1]\"");
	}

	@Test
	void theApiSendsValuesOnceForAnIdempotencyKey() throws Exception {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		String token = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		String key = UUID.randomUUID().toString();
		String body = "{\"obligation\":\"" + o.id()
				+ "\",\"values\":[{\"indicator\":\"REMITTANCES\",\"period\":\"2024-Q3\","
				+ "\"value\":\"40\"},{\"indicator\":\"REMITTANCES\",\"period\":\"2024-Q3\","
				+ "\"dimensions\":{\"COUNTERPART_AREA\":\"RUS\"},\"value\":\"40\"}]}";
		MvcTestResult first = this.mvc.post()
			.uri("/api/v1/data-values")
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(first).hasStatusOk();
		String answer = first.getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(answer, "$.created")).isEqualTo(2);
		assertThat((Boolean) JsonPath.read(answer, "$.stored")).isTrue();

		MvcTestResult again = this.mvc.post()
			.uri("/api/v1/data-values")
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(again).hasStatusOk().hasHeader("Idempotent-Replayed", "true");
		assertThat(again.getResponse().getContentAsString()).isEqualTo(answer);

		assertThat(this.mvc.post()
			.uri("/api/v1/data-values")
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"40\"}]", "\"41\"}]"))).hasStatus(422);

		MvcTestResult bad = this.mvc.post()
			.uri("/api/v1/data-values")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("2024-Q3", "2024-Q4").replace("\"40\"}]", "\"forty\"}]"))
			.exchange();
		assertThat(bad).hasStatus(422);
		assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(bad.getResponse().getContentAsString()).contains("\\\"forty\\\" is not a number", "\"line\":1",
				"\"code\":\"data.api.values-refused\"");
		assertThat(this.submissions.current(o.id(), Period.of("2024-Q4"))).isEmpty();
		assertThat(this.submissions.values(this.submissions.current(o.id(), Period.of("2024-Q3")).orElseThrow().id()))
			.hasSize(2);

		String kz = TestRequests.apiToken(this.mvc, "secretariat.kz");
		assertThat(this.mvc.post()
			.uri("/api/v1/data-values")
			.header("Authorization", "Bearer " + kz)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/obligations").header("Authorization", "Bearer " + token)).bodyText()
			.contains(o.id().toString());
	}

}
