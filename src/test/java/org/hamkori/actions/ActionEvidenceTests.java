package org.hamkori.actions;

import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.directory.Directory;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.documents.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A progress report may carry an evidence file: it is kept with the report, members of
 * the mechanism download it, other countries cannot, and a refused file stores neither
 * the file nor the report.
 */
@HamkoriWebTest
class ActionEvidenceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionItems actions;

	@Autowired
	Directory directory;

	@Autowired
	MembershipManagement memberships;

	ActionTestData data;

	@BeforeEach
	void setUp() {
		this.data = new ActionTestData(this.actions, this.directory, this.memberships, this.jdbc);
	}

	@Test
	void aReportCarriesItsEvidenceWithinTheMechanism() {
		ActionItem action = this.data.action("CCM-TJ", this.data.organisation("NBT", "TJ"),
				"Evidence " + UUID.randomUUID(), LocalDate.now(TestClock.clock()).plusDays(20));
		assertThat(report(action, "focal.nbt.tj", "Q3 figures sent", "q3-remittances.pdf", SampleFiles.pdf()))
			.hasStatus(302);
		UUID document = this.jdbc
			.sql("select d.id from document d join action_update u on u.id = d.owner_id where u.action_id = ?")
			.param(action.id())
			.query(UUID.class)
			.single();
		assertThat(this.mvc.get().uri("/actions/" + action.id()).with(as("chair.tj"))).hasStatusOk()
			.bodyText()
			.contains("q3-remittances.pdf", "Q3 figures sent");
		assertThat(this.mvc.get().uri("/documents/" + document).with(as("chair.tj"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/documents/" + document).with(as("secretariat.kz"))).hasStatus(404);
		// the mechanism's documents page lists it, newest, under its action
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/documents?lang=en").with(as("chair.tj"))).hasStatusOk()
			.bodyText()
			.contains("q3-remittances.pdf", "Progress of the action", "/actions/" + action.id());
	}

	@Test
	void aRefusedFileStoresNeitherTheFileNorTheReport() {
		ActionItem action = this.data.action("CCM-TJ", this.data.organisation("NBT", "TJ"),
				"Refused evidence " + UUID.randomUUID(), LocalDate.now(TestClock.clock()).plusDays(20));
		MvcTestResult result = report(action, "focal.nbt.tj", "Here is the program", "figures.pdf", SampleFiles.exe());
		assertThat(result).hasStatusOk().bodyText().contains("Here is the program", "role=\"alert\"");
		assertThat(this.jdbc.sql("select count(*) from action_update where action_id = ?")
			.param(action.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.actions.find(action.id()).orElseThrow().status()).isEqualTo(ActionStatus.OPEN);
	}

	@Test
	void anActionReferencesAPartnerProgrammeOfItsOwnMechanismOnly() {
		ActionItem action = this.data.action("CCM-TJ", this.data.organisation("NBT", "TJ"),
				"Programme link " + UUID.randomUUID(), LocalDate.now(TestClock.clock()).plusDays(20));
		UUID tajik = this.jdbc.sql("select id from programme where mechanism_id = ? order by start_date")
			.param(this.data.mechanism("CCM-TJ"))
			.query(UUID.class)
			.list()
			.get(0);
		UUID kyrgyz = this.jdbc.sql("select id from programme where mechanism_id = ?")
			.param(this.data.mechanism("CCM-KG"))
			.query(UUID.class)
			.list()
			.get(0);
		assertThat(this.mvc.post()
			.uri("/actions/" + action.id() + "/programmes")
			.param("programme", "programme:" + kyrgyz)
			.with(as("focal.nbt.tj"))
			.with(csrf()))
			.hasRedirectedUrl("/actions/" + action.id() + "?problem=actions.programme.unknown#programmes");
		assertThat(this.mvc.post()
			.uri("/actions/" + action.id() + "/programmes")
			.param("programme", "programme:" + tajik)
			.with(as("focal.nbt.tj"))
			.with(csrf())).hasRedirectedUrl("/actions/" + action.id() + "?programmeLinked#programmes");
		assertThat(this.jdbc.sql("select programme_id from action_programme where action_id = ?")
			.param(action.id())
			.query(UUID.class)
			.list()).containsExactly(tajik);
		assertThat(this.mvc.get().uri("/actions/" + action.id()).with(as("chair.tj"))).bodyText()
			.contains("/programmes/" + tajik);
		// an observer cannot change the action, so cannot reference either
		assertThat(this.mvc.post()
			.uri("/actions/" + action.id() + "/programmes")
			.param("programme", "programme:" + tajik)
			.with(as("observer.tj"))
			.with(csrf())).hasStatus(403);
	}

	private MvcTestResult report(ActionItem action, String user, String note, String name, byte[] file) {
		return this.mvc.perform(MockMvcRequestBuilders.multipart("/actions/" + action.id() + "/updates")
			.file(new MockMultipartFile("evidence", name, "application/pdf", file))
			.param("status", "IN_PROGRESS")
			.param("note", note)
			.param("version", action.version().toString())
			.with(as(user))
			.with(csrf()));
	}

}
