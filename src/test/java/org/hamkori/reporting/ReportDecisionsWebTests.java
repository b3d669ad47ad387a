package org.hamkori.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.directory.Directory;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The secretariat's page for many reports at once: tick, choose, confirm; all change or
 * none, with a message either way.
 */
@HamkoriWebTest
class ReportDecisionsWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	DataImport imports;

	@Autowired
	Submissions submissions;

	CompletenessTestData data;

	@BeforeEach
	void setUp() {
		this.data = new CompletenessTestData(this.jdbc, this.directory, this.dataSets, this.imports, this.submissions);
	}

	String text(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	MvcTestResult post(String url, String username, String action, boolean confirmed, UUID... ids) {
		var request = this.mvc.post().uri(url).with(as(username)).with(csrf()).param("action", action);
		for (UUID id : ids) {
			request = request.param("ids", id.toString());
		}
		if (confirmed) {
			request = request.param("confirmed", "true");
		}
		return request.exchange();
	}

	String status(UUID id) {
		return this.submissions.find(id).orElseThrow().status().name();
	}

	@Test
	void theSecretariatApprovesManyReportsAtOnceAfterConfirmingAllOrNothing() throws Exception {
		Obligation o = this.data.obligation(StatisticsTestSupport.uniqueCode("BAT"), "2023-Q1", Visibility.MEMBERS);
		UUID q1 = this.data.submit(o, "2023-Q1").id();
		UUID q2 = this.data.submit(o, "2023-Q2").id();
		UUID q3 = this.data.draft(o, "2023-Q3").id();
		String url = "/mechanisms/CCM-TJ/data/reports?lang=en";

		assertThat(text(this.mvc.get().uri(url).with(as("secretariat.tj")).exchange()))
			.contains("pick-" + q1, "pick-" + q2)
			.doesNotContain("pick-" + q3);
		assertThat(this.mvc.get().uri(url).with(as("focal.nbt.tj"))).hasStatus(403);
		assertThat(this.mvc.get().uri(url).with(as("secretariat.kz"))).hasStatus(404);

		// the step is confirmed first
		MvcTestResult confirm = post(url, "secretariat.tj", "APPROVE", false, q1, q2);
		assertThat(confirm).hasStatusOk();
		assertThat(text(confirm)).contains("Approve these 2 reports?");
		assertThat(status(q1)).isEqualTo("SUBMITTED");

		// one draft among them: nothing is approved, and the page says which one
		MvcTestResult refused = post(url, "secretariat.tj", "APPROVE", true, q1, q2, q3);
		assertThat(refused).hasStatusOk();
		assertThat(text(refused)).contains("Nothing was changed", "2023-Q3:");
		assertThat(List.of(status(q1), status(q2), status(q3))).containsExactly("SUBMITTED", "SUBMITTED", "DRAFT");

		MvcTestResult done = post(url, "secretariat.tj", "APPROVE", true, q1, q2);
		assertThat(done).hasStatus(302);
		assertThat(done.getResponse().getRedirectedUrl()).contains("done=2", "action=APPROVE");
		assertThat(List.of(status(q1), status(q2))).containsExactly("APPROVED", "APPROVED");
		assertThat(text(this.mvc.get()
			.uri(done.getResponse().getRedirectedUrl() + "&lang=en")
			.with(as("secretariat.tj"))
			.exchange())).contains("2 reports approved.");

		// a member without the right cannot act on them
		assertThat(post(url, "focal.nbt.tj", "RELEASE", true, q1, q2)).hasStatus(403);

		// released together, then accepted together by the regional secretariat
		assertThat(post("/mechanisms/CCM-TJ/data/reports?status=APPROVED", "secretariat.tj", "RELEASE", true, q1, q2))
			.hasStatus(302);
		assertThat(text(this.mvc.get().uri("/regional/data?lang=en").with(as("regional")).exchange()))
			.contains("pick-" + q1, "pick-" + q2);
		assertThat(post("/regional/data", "regional", "ACCEPT", true, q1, q2)).hasStatus(302);
		assertThat(this.submissions.find(q1).orElseThrow().regionalAcceptedAt()).isNotNull();
		assertThat(this.submissions.find(q2).orElseThrow().regionalAcceptedAt()).isNotNull();
	}

}
