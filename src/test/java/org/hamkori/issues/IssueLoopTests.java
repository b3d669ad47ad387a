package org.hamkori.issues;

import java.util.List;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The national → regional → national loop through the pages: escalation makes exactly the
 * escalated issue visible to the region, a regional recommendation arrives only in the
 * named mechanisms, only their secretariat answers, and bad steps are refused with a
 * message and store nothing.
 */
@HamkoriWebTest
class IssueLoopTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void escalationShowsTheRegionExactlyTheEscalatedIssue() {
		UUID escalated = raise("secretariat.tj", "CCM-TJ", "Escalated fees " + UUID.randomUUID(), "MS");
		UUID kept = raise("secretariat.tj", "CCM-TJ", "National only " + UUID.randomUUID(), "MS");
		assertThat(this.mvc.get().uri("/issues/" + escalated).with(as("regional"))).hasStatus(404);

		assertThat(
				post("secretariat.tj", "/issues/" + escalated + "/escalate", "note", "Needs the destination countries"))
			.hasRedirectedUrl("/issues/" + escalated + "?escalated");
		assertThat(this.mvc.get().uri("/issues/" + escalated).with(as("regional"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/issues/" + kept).with(as("regional"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/regional/escalations").with(as("regional"))).bodyText()
			.contains(title(escalated))
			.doesNotContain(title(kept));
		String token = TestRequests.apiToken(this.mvc, "regional");
		assertThat(this.mvc.get().uri("/api/v1/issues?mechanism=RCM").header("Authorization", "Bearer " + token))
			.bodyText()
			.contains(title(escalated))
			.doesNotContain(title(kept));
		// other countries still see nothing of it
		assertThat(this.mvc.get().uri("/issues/" + escalated).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/regional/escalations").with(as("secretariat.kz"))).hasStatus(404);

		// escalating twice is refused, and nothing more is stored
		assertThat(post("secretariat.tj", "/issues/" + escalated + "/escalate", "note", "again"))
			.hasRedirectedUrl("/issues/" + escalated + "?problem=escalation.error.twice");
		assertThat(count("select count(*) from escalation where issue_id = ?", escalated)).isEqualTo(1);
	}

	@Test
	void theRegionReadsAnEscalatedIssueWhoseLinkedMeetingItCannotSee() {
		UUID issue = raise("secretariat.tj", "CCM-TJ", "Linked to a national meeting " + UUID.randomUUID(), "MS");
		UUID tajikMeeting = this.jdbc
			.sql("select id from meeting where mechanism_id = (select id from mechanism where code = 'CCM-TJ')")
			.query(UUID.class)
			.list()
			.get(0);
		assertThat(post("secretariat.tj", "/issues/" + issue + "/links", "record", "meeting:" + tajikMeeting))
			.hasRedirectedUrl("/issues/" + issue + "?linked");
		post("secretariat.tj", "/issues/" + issue + "/escalate", "note", "For the region");
		assertThat(this.mvc.get().uri("/issues/" + issue).with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("/meetings/" + tajikMeeting);
		assertThat(this.mvc.get().uri("/issues/" + issue).with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains(title(issue))
			.doesNotContain("/meetings/" + tajikMeeting);
		String token = TestRequests.apiToken(this.mvc, "regional");
		assertThat(this.mvc.get().uri("/api/v1/issues/" + issue).header("Authorization", "Bearer " + token))
			.hasStatusOk();
	}

	@Test
	void aRegionalRecommendationArrivesOnlyInTheNamedMechanismsAndOnlyTheyAnswer() {
		UUID source = raise("secretariat.tj", "CCM-TJ", "Pension portability " + UUID.randomUUID(), "MS");
		post("secretariat.tj", "/issues/" + source + "/escalate", "note", "Only solvable between countries");
		UUID escalation = this.jdbc.sql("select id from escalation where issue_id = ?")
			.param(source)
			.query(UUID.class)
			.single();
		String regionalTitle = "Regional portability " + UUID.randomUUID();
		MvcTestResult merged = post("regional", "/regional/escalations/merge", "escalation", escalation.toString(),
				"title", regionalTitle);
		assertThat(merged).hasStatus(302);
		UUID regional = this.jdbc.sql("select id from issue where title like ?")
			.param("%" + regionalTitle + "%")
			.query(UUID.class)
			.single();
		UUID iom = this.jdbc
			.sql("select o.id from organisation o join membership m on m.organisation_id = o.id "
					+ "join mechanism x on x.id = m.mechanism_id where x.code = 'RCM' and o.acronym = 'IOM'")
			.query(UUID.class)
			.list()
			.get(0);
		String text = "Negotiate bilateral pension agreements " + UUID.randomUUID();
		assertThat(post("regional", "/issues/" + regional + "/recommendations", "text", text, "target", iom.toString()))
			.hasStatus(302);
		UUID recommendation = this.jdbc.sql("select id from recommendation where issue_id = ?")
			.param(regional)
			.query(UUID.class)
			.single();
		assertThat(post("regional", "/recommendations/" + recommendation + "/send", "mechanism", "CCM-TJ"))
			.hasRedirectedUrl("/issues/" + regional + "?sent");

		UUID arrived = this.jdbc.sql("select issue_id from incoming_item where recommendation_id = ?")
			.param(recommendation)
			.query(UUID.class)
			.single();
		assertThat(this.mvc.get().uri("/issues/" + arrived).with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains(text);
		assertThat(this.mvc.get().uri("/issues/" + arrived).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/home").with(as("chair.tj"))).bodyText().contains(text);

		// a secretariat of another mechanism cannot answer; an acceptance needs actions
		UUID item = this.jdbc.sql("select id from incoming_item where recommendation_id = ?")
			.param(recommendation)
			.query(UUID.class)
			.single();
		assertThat(post("secretariat.kz", "/incoming/" + item + "/answer?issue=" + arrived, "status", "EXPLAINED",
				"answer", "Not ours"))
			.hasStatus(404);
		assertThat(post("secretariat.tj", "/incoming/" + item + "/answer?issue=" + arrived, "status", "ACCEPTED"))
			.hasRedirectedUrl("/issues/" + arrived + "?problem=incoming.error.actions");
		assertThat(post("secretariat.tj", "/incoming/" + item + "/answer?issue=" + arrived, "status", "EXPLAINED",
				"answer", "The national pension reform comes first"))
			.hasRedirectedUrl("/issues/" + arrived + "?answered");
		assertThat(
				this.jdbc.sql("select status from incoming_item where id = ?").param(item).query(String.class).single())
			.isEqualTo("EXPLAINED");
		// the region sees the country's answer
		assertThat(this.mvc.get().uri("/issues/" + regional).with(as("regional"))).bodyText()
			.contains("CCM-TJ</span>: <span class=\"badge\">Answered with an explanation");
	}

	@Test
	void closingNeedsAReasonAndHiddenRecordsCannotBeLinked() {
		UUID issue = raise("secretariat.tj", "CCM-TJ", "Closing rules " + UUID.randomUUID(), "MS");
		assertThat(post("secretariat.tj", "/issues/" + issue + "/status", "status", "SET_ASIDE", "note", " "))
			.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.reason");
		assertThat(post("secretariat.tj", "/issues/" + issue + "/status", "status", "CLOSED", "note", "Done"))
			.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.transition");
		assertThat(this.jdbc.sql("select status from issue where id = ?").param(issue).query(String.class).single())
			.isEqualTo("RAISED");
		// a Kazakh meeting's decision is not visible to the Tajik secretariat: refused
		// without its title
		UUID kazakhMeeting = this.jdbc
			.sql("select id from meeting where mechanism_id = (select id from mechanism where code = 'RCM')")
			.query(UUID.class)
			.list()
			.get(0);
		assertThat(post("secretariat.tj", "/issues/" + issue + "/links", "record", "meeting:" + kazakhMeeting))
			.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.linkTarget");
		assertThat(post("secretariat.tj", "/issues/" + issue + "/links", "record", "meeting:not-an-id"))
			.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.linkTarget");
		assertThat(count("select count(*) from issue_link where issue_id = ?", issue)).isZero();
		// a partner programme of this country can be linked; a members-only one of
		// another cannot
		UUID tajikProgramme = this.jdbc
			.sql("select id from programme where mechanism_id = "
					+ "(select id from mechanism where code = 'CCM-TJ') order by start_date")
			.query(UUID.class)
			.list()
			.get(0);
		UUID uzbekProgramme = this.jdbc
			.sql("select id from programme where mechanism_id = "
					+ "(select id from mechanism where code = 'CCM-KG') and visibility <> 'PUBLIC'")
			.query(UUID.class)
			.list()
			.get(0);
		assertThat(post("secretariat.tj", "/issues/" + issue + "/links", "record", "programme:" + uzbekProgramme))
			.hasRedirectedUrl("/issues/" + issue + "?problem=issue.error.linkTarget");
		assertThat(post("secretariat.tj", "/issues/" + issue + "/links", "record", "programme:" + tajikProgramme))
			.hasRedirectedUrl("/issues/" + issue + "?linked");
		assertThat(this.mvc.get().uri("/issues/" + issue).with(as("chair.tj"))).bodyText()
			.contains("/programmes/" + tajikProgramme);
		// a member may raise for their own institution only
		UUID bank = org("NBT");
		assertThat(post("focal.nbt.tj", "/mechanisms/CCM-TJ/issues", "title", "Bank issue " + UUID.randomUUID(),
				"raisedBy", org("MS").toString()))
			.hasStatusOk()
			.bodyText()
			.contains("only for your own institution");
		assertThat(post("focal.nbt.tj", "/mechanisms/CCM-TJ/issues", "title", "Bank issue " + UUID.randomUUID(),
				"raisedBy", bank.toString()))
			.hasStatus(302);
		// and nobody from another country can raise in this mechanism
		assertThat(post("secretariat.kz", "/mechanisms/CCM-TJ/issues", "title", "x", "raisedBy", bank.toString()))
			.hasStatus(404);
	}

	@Test
	void aRecommendationGoesUpWithItsIssueByTheApi() {
		UUID issue = raise("secretariat.tj", "CCM-TJ", "Recommendation up " + UUID.randomUUID(), "MS");
		UUID ms = org("MS");
		post("secretariat.tj", "/issues/" + issue + "/recommendations", "text", "Ask destination countries to act",
				"target", ms.toString());
		UUID recommendation = this.jdbc.sql("select id from recommendation where issue_id = ?")
			.param(issue)
			.query(UUID.class)
			.single();
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		assertThat(this.mvc.post()
			.uri("/api/v1/recommendations/" + recommendation + "/escalation")
			.header("Authorization", "Bearer " + token)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"note\":\"regional rules needed\"}")).hasStatus(201);
		assertThat(this.jdbc.sql("select recommendation_id from escalation where issue_id = ?")
			.param(issue)
			.query(UUID.class)
			.single()).isEqualTo(recommendation);
		assertThat(this.mvc.get().uri("/issues/" + issue).with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains("Ask destination countries to act");
		assertThat(this.mvc.post()
			.uri("/api/v1/recommendations/" + recommendation + "/escalation")
			.header("Authorization", "Bearer " + token)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(400).bodyText().contains("escalation.error.twice");
	}

	@Test
	void aPolicyChangeKeepsItsTextAndARefusedFileStoresNothing() {
		String reference = "PC-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(policy(reference, "decree.pdf", org.hamkori.documents.SampleFiles.exe())).hasStatusOk()
			.bodyText()
			.contains("role=\"alert\"", reference);
		assertThat(this.jdbc.sql("select count(*) from policy_change where reference_number = ?")
			.param(reference)
			.query(Long.class)
			.single()).isZero();
		assertThat(policy(reference, "decree.pdf", org.hamkori.documents.SampleFiles.pdf())).hasStatus(302);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/policy-changes").with(as("chair.tj"))).bodyText()
			.contains(reference, "decree.pdf");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/policy-changes").with(as("secretariat.kz"))).hasStatus(404);
	}

	private MvcTestResult policy(String reference, String name, byte[] file) {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/mechanisms/CCM-TJ/policy-changes")
			.file(new org.springframework.mock.web.MockMultipartFile("file", name, "application/pdf", file))
			.param("kind", "DECREE")
			.param("title", "Decree on agencies")
			.param("referenceNumber", reference)
			.param("adoptedOn", java.time.LocalDate.now(TestClock.clock()).minusDays(3).toString())
			.param("issuingBody", "Government")
			.with(as("secretariat.tj"))
			.with(csrf()));
	}

	@Test
	void theSecretariatEditsInAnotherLanguageKeepingTheFirstAndTwoEditorsLoseNothing() {
		String english = "Editable issue " + UUID.randomUUID();
		UUID issue = raise("secretariat.tj", "CCM-TJ", english, "MS");
		int version = this.jdbc.sql("select version from issue where id = ?")
			.param(issue)
			.query(Integer.class)
			.single();
		assertThat(this.mvc.post()
			.uri("/issues/" + issue + "?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("title", "Редактируемый вопрос")
			.param("gcm", "6")
			.param("version", "" + version)).hasStatus(302);
		String titles = this.jdbc.sql("select title from issue where id = ?").param(issue).query(String.class).single();
		assertThat(titles).contains(english, "Редактируемый вопрос");
		// a second editor who started from the old version sees a conflict, with their
		// text kept
		assertThat(post("secretariat.tj", "/issues/" + issue, "title", "Late edit " + english, "version", "" + version))
			.hasStatusOk()
			.bodyText()
			.contains("Late edit " + english, "Someone else saved");
		// members other than the secretariat cannot edit
		assertThat(post("focal.mol.tj", "/issues/" + issue, "title", "x", "version", "" + (version + 1)))
			.hasStatus(403);
	}

	private UUID raise(String user, String mechanism, String title, String acronym) {
		MvcTestResult result = post(user, "/mechanisms/" + mechanism + "/issues", "title", title, "raisedBy",
				org(acronym).toString(), "gcm", "6", "mgi", "rights");
		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring("/issues/".length(), location.indexOf('?')));
	}

	private String title(UUID issue) {
		String json = this.jdbc.sql("select title from issue where id = ?").param(issue).query(String.class).single();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile(":\\s*\"([^\"]+)\"").matcher(json);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private UUID org(String acronym) {
		List<UUID> ids = this.jdbc.sql(
				"select o.id from organisation o where o.acronym = ? and (o.country_code = 'TJ' or o.country_code is null)")
			.param(acronym)
			.query(UUID.class)
			.list();
		return ids.get(0);
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	private MvcTestResult post(String user, String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(as(user)).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
