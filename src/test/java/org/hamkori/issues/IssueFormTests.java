package org.hamkori.issues;

import java.util.List;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The issue and policy change forms bound as form records: a broken rule is named in the
 * user's language with their text kept and nothing stored, and a value of the wrong type
 * answers "not found" as it always did.
 */
@HamkoriWebTest
class IssueFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRaiseWithoutTitleOrWithAnUnknownObjectiveKeepsTheTextAndStoresNothing() {
		long before = issues();
		assertThat(post("secretariat.tj", "/mechanisms/CCM-TJ/issues", "title", " ", "description", "Kept description",
				"raisedBy", org("MS").toString()))
			.hasStatusOk()
			.bodyText()
			.contains("Give the issue a title", "Kept description");
		assertThat(post("secretariat.tj", "/mechanisms/CCM-TJ/issues", "title", "Kept title", "raisedBy",
				org("MS").toString(), "gcm", "99"))
			.hasStatusOk()
			.bodyText()
			.contains("GCM objectives are numbered 1 to 23", "Kept title");
		assertThat(post("secretariat.tj", "/mechanisms/CCM-TJ/issues", "title", "No institution")).hasStatusOk()
			.bodyText()
			.contains("Choose the raising institution");
		assertThat(issues()).isEqualTo(before);
	}

	@Test
	void aMistypedValueIsNotFound() {
		assertThat(post("secretariat.tj", "/mechanisms/CCM-TJ/issues", "title", "Typed id", "raisedBy", "not-an-id"))
			.hasStatus(404);
		UUID issue = raise("Mistyped status " + UUID.randomUUID());
		assertThat(post("secretariat.tj", "/issues/" + issue + "/status", "status", "NO_SUCH_STATUS")).hasStatus(404);
		assertThat(post("secretariat.tj", "/issues/" + issue + "/agenda", "meeting", "not-a-meeting")).hasStatus(404);
		assertThat(post("regional", "/regional/escalations/merge", "escalation", "not-an-id", "title", "Merged"))
			.hasStatus(404);
		assertThat(this.jdbc.sql("select status from issue where id = ?").param(issue).query(String.class).single())
			.isEqualTo("RAISED");
	}

	@Test
	void anEditWithoutTitleSaysWhyAndKeepsTheTickedObjectives() {
		UUID issue = raise("Edited without title " + UUID.randomUUID());
		assertThat(post("secretariat.tj", "/issues/" + issue, "title", "", "gcm", "7", "version", "0")).hasStatusOk()
			.bodyText()
			.contains("Give the issue a title")
			.containsPattern("name=\"gcm\" value=\"7\" checked");
		// the other members of the mechanism still cannot edit, whatever they send
		assertThat(post("focal.mol.tj", "/issues/" + issue, "title", "")).hasStatus(403);
	}

	@Test
	void aPolicyChangeWithoutReferenceKeepsTheTitleAndOthersCannotTry() {
		long before = this.jdbc.sql("select count(*) from policy_change").query(Long.class).single();
		assertThat(post("secretariat.tj", "/mechanisms/CCM-TJ/policy-changes", "kind", "DECREE", "title",
				"Decree without number", "adoptedOn", "2025-01-15", "issuingBody", "Government"))
			.hasStatusOk()
			.bodyText()
			.contains("Give the title, reference number, date of adoption and issuing body", "Decree without number");
		assertThat(post("secretariat.tj", "/mechanisms/CCM-TJ/policy-changes", "kind", "DECREE", "title", "Dated",
				"referenceNumber", "No. 1", "adoptedOn", "15 January", "issuingBody", "Government"))
			.hasStatus(404);
		assertThat(post("focal.mol.tj", "/mechanisms/CCM-TJ/policy-changes", "title", "")).hasStatus(403);
		assertThat(post("secretariat.kz", "/mechanisms/CCM-TJ/policy-changes", "title", "")).hasStatus(404);
		assertThat(this.jdbc.sql("select count(*) from policy_change").query(Long.class).single()).isEqualTo(before);
	}

	private UUID raise(String title) {
		MvcTestResult result = post("secretariat.tj", "/mechanisms/CCM-TJ/issues", "title", title, "raisedBy",
				org("MS").toString());
		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring("/issues/".length(), location.indexOf('?')));
	}

	private long issues() {
		return this.jdbc.sql("select count(*) from issue").query(Long.class).single();
	}

	private UUID org(String acronym) {
		List<UUID> ids = this.jdbc.sql(
				"select o.id from organisation o where o.acronym = ? and (o.country_code = 'TJ' or o.country_code is null)")
			.param(acronym)
			.query(UUID.class)
			.list();
		return ids.get(0);
	}

	private MvcTestResult post(String user, String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(as(user)).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
