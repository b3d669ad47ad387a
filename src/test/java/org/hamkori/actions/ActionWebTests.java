package org.hamkori.actions;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Actions through the pages and the API, on the real database: creating with validation,
 * who may see and update, the derived "overdue", optimistic locking, the board's filters
 * and the chair's summary.
 */
@HamkoriWebTest
class ActionWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ActionItems actions;

	@Autowired
	Directory directory;

	@Autowired
	MembershipManagement memberships;

	@Autowired
	JdbcClient jdbc;

	ActionTestData data;

	UUID nbt;

	UUID migrationService;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.data = new ActionTestData(this.actions, this.directory, this.memberships, this.jdbc);
		this.nbt = this.data.organisation("NBT", "TJ");
		this.migrationService = this.data.organisation("MS", "TJ");
		this.today = this.actions.today();
	}

	@Test
	void anActionWithoutAnOwnerIsRefusedWithAMessageAndNothingIsStored() {
		String title = "Ownerless " + UUID.randomUUID();
		MvcTestResult result = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/actions")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("titleEn", title)
			.param("dueDate", this.today.plusDays(30).toString())
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("An action without an owner cannot be followed up");
		assertThat(this.data.countActionsTitled(title)).isZero();
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/actions?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("titleEn", title)
			.param("ownerOrganisationId", this.nbt.toString())).hasStatusOk()
			.bodyText()
			.contains("Укажите срок выполнения");
		assertThat(this.data.countActionsTitled(title)).isZero();
		assertThatThrownBy(() -> this.data.action("CCM-TJ", null, title, this.today)).isInstanceOfSatisfying(
				RuleViolation.class,
				(ex) -> assertThat(ex.errors()).containsEntry("ownerOrganisationId", "validation.action.owner"));
		assertThat(this.data.countActionsTitled(title)).isZero();
	}

	@Test
	void theOwnerMustSitInTheMechanismAndOnlyTheSecretariatCreates() {
		String title = "Foreign owner " + UUID.randomUUID();
		UUID kazakhBank = this.data.organisation("NBK", "KZ");
		assertThatThrownBy(() -> this.data.action("CCM-TJ", kazakhBank, title, this.today)).isInstanceOfSatisfying(
				RuleViolation.class,
				(ex) -> assertThat(ex.errors()).containsEntry("ownerOrganisationId", "validation.action.owner.member"));
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/actions/new").with(as("focal.nbt.tj"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/actions/new").with(as("secretariat.kz"))).hasStatus(404);
		MvcTestResult created = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/actions")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("titleRu", title)
			.param("ownerOrganisationId", this.nbt.toString())
			.param("dueDate", this.today.plusDays(30).toString())
			.param("decisionNumber", "CCM-TJ/1/D3")
			.exchange();
		assertThat(created).hasStatus(302);
		assertThat(this.data.countActionsTitled(title)).isEqualTo(1);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/audit").with(as("secretariat.tj"))).bodyText()
			.contains("action", "created");
	}

	@Test
	void theFocalPointUpdatesTheirInstitutionsActionsOnly() {
		ActionItem own = this.data.action("CCM-TJ", this.nbt, "Bank figures " + UUID.randomUUID(),
				this.today.plusDays(40));
		ActionItem other = this.data.action("CCM-TJ", this.migrationService, "Service figures " + UUID.randomUUID(),
				this.today.plusDays(40));
		assertThat(update("focal.nbt.tj", own.id(), "IN_PROGRESS", "Collecting the quarterly data", own.version()))
			.hasStatus(302);
		assertThat(this.actions.find(own.id()).orElseThrow().status()).isEqualTo(ActionStatus.IN_PROGRESS);
		assertThat(this.mvc.get().uri("/actions/" + own.id()).with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains("Collecting the quarterly data", "Bahrom Sharipov", "In progress");
		assertThat(this.mvc.get().uri("/actions/" + other.id()).with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.doesNotContain("Report progress");
		assertThat(update("focal.nbt.tj", other.id(), "IN_PROGRESS", "Not mine", other.version())).hasStatus(403);
		assertThat(update("observer.tj", own.id(), "DONE", "Not mine either", own.version() + 1)).hasStatus(403);
		assertThat(this.actions.find(other.id()).orElseThrow().status()).isEqualTo(ActionStatus.OPEN);
		assertThat(this.mvc.get().uri("/actions/mine").with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains(own.title().get("en"))
			.doesNotContain(other.title().get("en"));
	}

	@Test
	void otherCountriesGetNotFoundOnPagesAndApi() {
		ActionItem action = this.data.action("CCM-TJ", this.nbt, "Hidden " + UUID.randomUUID(),
				this.today.plusDays(10));
		assertThat(this.mvc.get().uri("/actions/" + action.id()).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(update("secretariat.kz", action.id(), "DONE", "", action.version())).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/actions").with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/actions/summary").with(as("regional"))).hasStatus(404);
		String token = token("secretariat.kz");
		assertThat(this.mvc.get().uri("/api/v1/actions/" + action.id()).header("Authorization", "Bearer " + token))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/actions?mechanism=CCM-TJ").header("Authorization", "Bearer " + token))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/actions?mechanism=CCM-XX").header("Authorization", "Bearer " + token))
			.hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/api/v1/actions/" + action.id() + "/updates")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DONE\"}")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/actions?mechanism=CCM-TJ")).hasStatus(401);
	}

	@Test
	void overdueIsDerivedInTheApi() {
		ActionItem late = this.data.action("CCM-TJ", this.nbt, "Late " + UUID.randomUUID(), this.today.minusDays(1));
		ActionItem finished = this.data.action("CCM-TJ", this.nbt, "Finished " + UUID.randomUUID(),
				this.today.minusDays(1));
		this.actions.update(finished.id(),
				new ProgressUpdate(ActionStatus.DONE, "Sent", null, null, finished.version()),
				ActionTestData.SECRETARIAT);
		String token = token("focal.nbt.tj");
		assertThat(this.mvc.get().uri("/api/v1/actions/" + late.id()).header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.overdue")
			.isEqualTo(true);
		assertThat(this.mvc.get().uri("/api/v1/actions/" + finished.id()).header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.overdue")
			.isEqualTo(false);
		MvcTestResult list = this.mvc.get()
			.uri("/api/v1/actions?mechanism=CCM-TJ&status=DONE&owner=" + this.nbt)
			.header("Authorization", "Bearer " + token)
			.exchange();
		assertThat(list).hasStatusOk()
			.bodyText()
			.contains(finished.id().toString())
			.doesNotContain(late.id().toString());
	}

	@Test
	void theApiUpdatesWithIfMatchAndRefusesStaleVersions() throws Exception {
		ActionItem action = this.data.action("CCM-TJ", this.nbt, "Api " + UUID.randomUUID(), this.today.plusDays(9));
		String token = token("focal.nbt.tj");
		MvcTestResult read = this.mvc.get()
			.uri("/api/v1/actions/" + action.id())
			.header("Authorization", "Bearer " + token)
			.exchange();
		String etag = read.getResponse().getHeader("ETag");
		assertThat(etag).isEqualTo("\"" + action.version() + "\"");
		MvcTestResult updated = this.mvc.post()
			.uri("/api/v1/actions/" + action.id() + "/updates")
			.header("Authorization", "Bearer " + token)
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"IN_PROGRESS\",\"note\":\"Started\"}")
			.exchange();
		assertThat(updated).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("IN_PROGRESS");
		assertThat(updated.getResponse().getHeader("ETag")).isNotEqualTo(etag);
		assertThat(this.mvc.post()
			.uri("/api/v1/actions/" + action.id() + "/updates")
			.header("Authorization", "Bearer " + token)
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DONE\"}")).hasStatus(412);
		assertThat(this.mvc.post()
			.uri("/api/v1/actions/" + action.id() + "/updates")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DROPPED\",\"dropReason\":\"We would rather not\"}")).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/api/v1/actions/" + action.id() + "/updates")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"IN_PROGRESS\"}")).hasStatus(400)
			.bodyText()
			.contains("Change the status or write a note");
		ActionItem other = this.data.action("CCM-TJ", this.migrationService, "Api other " + UUID.randomUUID(),
				this.today.plusDays(9));
		assertThat(this.mvc.post()
			.uri("/api/v1/actions/" + other.id() + "/updates")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DONE\"}")).hasStatus(403);
		assertThat(this.actions.history(action.id())).hasSize(1);
	}

	@Test
	void droppingNeedsAReasonAndTheSecretariat() {
		ActionItem action = this.data.action("CCM-TJ", this.nbt, "Drop me " + UUID.randomUUID(),
				this.today.plusDays(5));
		assertThat(update("secretariat.tj", action.id(), "DROPPED", "", action.version())).hasStatusOk()
			.bodyText()
			.contains("Say why the action is dropped");
		assertThat(update("focal.nbt.tj", action.id(), "DROPPED", "", action.version())).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/actions/" + action.id() + "/updates")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("status", "DROPPED")
			.param("dropReason", "Superseded by the regional plan")
			.param("version", String.valueOf(action.version()))).hasStatus(302);
		ActionItem dropped = this.actions.find(action.id()).orElseThrow();
		assertThat(dropped.status()).isEqualTo(ActionStatus.DROPPED);
		assertThat(dropped.dropReason()).isEqualTo("Superseded by the regional plan");
		assertThat(dropped.isOverdue(this.today.plusYears(1))).isFalse();
	}

	@Test
	void aStaleUpdateShowsAConflictAndKeepsTheNote() {
		ActionItem action = this.data.action("CCM-TJ", this.nbt, "Twice " + UUID.randomUUID(), this.today.plusDays(15));
		assertThat(update("secretariat.tj", action.id(), "IN_PROGRESS", "First", action.version())).hasStatus(302);
		MvcTestResult stale = update("focal.nbt.tj", action.id(), "DONE", "My carefully written note",
				action.version());
		assertThat(stale).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this record", "My carefully written note");
		assertThat(stale).model().containsEntry("conflict", true);
		assertThat(this.actions.find(action.id()).orElseThrow().status()).isEqualTo(ActionStatus.IN_PROGRESS);
	}

	@Test
	void theBoardFiltersByInstitutionStatusAndDueDate() {
		// A window of dates no other test uses, so the board's figures are ours alone.
		LocalDate base = LocalDate.of(2100, 1, 1).plusDays(new java.util.Random().nextInt(300_000));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		ActionItem early = this.data.action("CCM-TJ", this.nbt, "Early " + tag, base);
		ActionItem middle = this.data.action("CCM-TJ", this.migrationService, "Middle " + tag, base.plusDays(1));
		ActionItem late = this.data.action("CCM-TJ", this.nbt, "Late " + tag, base.plusDays(2));
		this.actions.update(middle.id(), new ProgressUpdate(ActionStatus.IN_PROGRESS, null, null, null, null),
				ActionTestData.SECRETARIAT);
		String window = "dueAfter=" + base + "&dueBefore=" + base.plusDays(2);
		assertThat(board("?" + window)).contains("Early " + tag, "Middle " + tag, "Late " + tag);
		assertThat(board("?" + window + "&owner=" + this.nbt)).contains("Early " + tag, "Late " + tag)
			.doesNotContain("Middle " + tag);
		assertThat(board("?" + window + "&status=IN_PROGRESS")).contains("Middle " + tag)
			.doesNotContain("Early " + tag, "Late " + tag);
		assertThat(board("?dueAfter=" + base.plusDays(1) + "&dueBefore=" + base.plusDays(1))).contains("Middle " + tag)
			.doesNotContain("Early " + tag, "Late " + tag);
		String latestFirst = board("?" + window + "&sort=latest");
		assertThat(latestFirst.indexOf("Late " + tag)).isLessThan(latestFirst.indexOf("Early " + tag));
		String earliestFirst = board("?" + window);
		assertThat(earliestFirst.indexOf("Early " + tag)).isLessThan(earliestFirst.indexOf("Late " + tag));
		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/actions?" + window + "&owner=" + this.nbt)
			.with(as("observer.tj"))
			.header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("Early " + tag)
			.doesNotContain("<html", "Middle " + tag);
		assertThat(board("?" + window + "&overdue=true")).doesNotContain("Early " + tag);
		assertThat(board("?dueAfter=" + base.plusDays(3) + "&dueBefore=" + base.plusDays(3)))
			.contains("No actions match");
		assertThat(early.id()).isNotEqualTo(late.id());
	}

	@Test
	void theChairsSummaryCountsPerStatusAndInstitution() throws Exception {
		UUID institution = this.data.institution("CCM-TJ", "Summary Agency " + UUID.randomUUID());
		this.data.seat("CCM-TJ", institution, org.hamkori.shared.security.MembershipRole.MEMBER, "ru");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.data.action("CCM-TJ", institution, "Open soon " + tag, this.today.plusDays(20));
		this.data.action("CCM-TJ", institution, "Open late " + tag, this.today.minusDays(3));
		this.data.demoAction("CCM-TJ", institution, "Done " + tag, this.today.minusDays(30), ActionStatus.DONE, null);
		this.data.demoAction("CCM-TJ", institution, "Dropped " + tag, this.today.minusDays(30), ActionStatus.DROPPED,
				"Overtaken by events");
		String page = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/actions/summary")
			.with(as("chair.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("data-organisation=\"" + institution + "\">(.*?)</tr>", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(row.find()).as("a row for the institution").isTrue();
		assertThat(cell(row.group(1), "OPEN")).isEqualTo("2");
		assertThat(cell(row.group(1), "IN_PROGRESS")).isEqualTo("0");
		assertThat(cell(row.group(1), "DONE")).isEqualTo("1");
		assertThat(cell(row.group(1), "DROPPED")).isEqualTo("1");
		assertThat(cell(row.group(1), "OVERDUE")).isEqualTo("1");
		String overdueList = page.substring(page.lastIndexOf("<h2"));
		assertThat(overdueList).contains("Open late " + tag).doesNotContain("Open soon " + tag, "Done " + tag);
	}

	private static String cell(String row, String status) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-status=\"" + status + "\">(\\d+)</td>")
			.matcher(row);
		assertThat(m.find()).as(status).isTrue();
		return m.group(1);
	}

	private String board(String query) {
		MvcTestResult result = this.mvc.get().uri("/mechanisms/CCM-TJ/actions" + query).with(as("chair.tj")).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult update(String user, UUID id, String status, String note, Long version) {
		return this.mvc.post()
			.uri("/actions/" + id + "/updates")
			.with(as(user))
			.with(csrf())
			.param("status", status)
			.param("note", note)
			.param("version", String.valueOf(version))
			.exchange();
	}

	private String token(String username) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/token")
			.with(TestRequests.fromFreshAddress())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"hamkori-demo\"}")
			.exchange();
		assertThat(result).hasStatusOk();
		try {
			String body = result.getResponse().getContentAsString();
			return body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
