package org.hamkori.workspace;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestRequests;
import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.NewAction;
import org.hamkori.directory.Directory;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.Figures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "My work" as the people of the demo see it: the National Bank's focal point gets the
 * Bank's actions (overdue first, dates in their language) and no other institution's;
 * another country's secretariat gets nothing of CCM-TJ; sign-in lands on the page; the
 * API answers the six sections; and what changed since the last visit lists a change the
 * reader may see, never one they may not see nor one from before the visit.
 */
@HamkoriWebTest
class MyWorkTests {

	/** A platform admin acting as a test secretariat: may create actions anywhere. */
	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ActionItems actions;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNationalBanksFocalPointSeesTheBanksActionsOverdueFirstAndNoOtherInstitutions() {
		LocalDate today = this.directory.today();
		String tag = unique();
		ActionItem due = action("CCM-TJ", bank(), "Bank due " + tag, today.plusDays(10));
		ActionItem overdue = action("CCM-TJ", bank(), "Bank overdue " + tag, today.minusDays(3));
		action("CCM-TJ", otherMember("CCM-TJ", bank()), "Ministry action " + tag, today.minusDays(3));
		action("CCM-KZ", otherMember("CCM-KZ", null), "Kazakh action " + tag, today.minusDays(3));

		MvcTestResult page = this.mvc.get().uri("/my-work?lang=ru").with(as("focal.nbt.tj")).exchange();
		assertThat(page).hasStatusOk();
		String body = body(page);
		String actionsSection = section(body, "work-actions");
		assertThat(actionsSection)
			.contains("Bank due " + tag, "Bank overdue " + tag, "/actions/" + due.id(),
					Figures.date(overdue.dueDate(), Locale.forLanguageTag("ru")), "просрочено")
			.doesNotContain("Ministry action " + tag)
			.doesNotContain("Kazakh action " + tag);
		assertThat(actionsSection.indexOf("Bank overdue " + tag)).isLessThan(actionsSection.indexOf("Bank due " + tag));
		assertThat(body).doesNotContain("Kazakh action " + tag);
	}

	@Test
	void anotherCountrysSecretariatSeesNoneOfTheTajikItems() {
		String tag = unique();
		this.jdbc.sql("delete from workspace_visit where user_id = (select id from app_user where username = ?)")
			.param("secretariat.kz")
			.update();
		action("CCM-TJ", bank(), "Tajik only " + tag, this.directory.today().minusDays(1));
		action("CCM-KZ", otherMember("CCM-KZ", null), "Kazakh change " + tag, this.directory.today().plusDays(9));
		assertThat(this.mvc.get().uri("/my-work").with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.doesNotContain("Tajik only " + tag)
			.doesNotContain("CCM-TJ");
		String token = TestRequests.apiToken(this.mvc, "secretariat.kz");
		MvcTestResult api = this.mvc.get().uri("/api/v1/me/work").header("Authorization", "Bearer " + token).exchange();
		assertThat(api).hasStatusOk();
		List<String> mechanisms = JsonPath.read(body(api),
				"$['meetings','actions','reports','minutes','incoming','changes'][*].mechanism");
		assertThat(mechanisms).contains("CCM-KZ").doesNotContain("CCM-TJ");
		assertThat(body(api)).contains("Kazakh change " + tag).doesNotContain("Tajik only " + tag);
	}

	@Test
	void signingInLandsOnMyWork() {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.with(TestRequests.fromFreshAddress())
			.with(csrf())
			.param("username", "focal.nbt.tj")
			.param("password", "hamkori-demo")
			.exchange();
		assertThat(result).hasRedirectedUrl("/my-work");
		assertThat(this.mvc.get().uri("/my-work").cookie(result.getResponse().getCookie("SESSION"))).hasStatusOk()
			.bodyText()
			.contains("My work", "Meetings to answer", "Actions of my institution", "Reports due or returned",
					"Minutes waiting for my comments", "Regional items waiting for our answer",
					"What changed since my last visit");
	}

	@Test
	void theApiAnswersTheSixSectionsWithTheBanksActions() {
		String tag = unique();
		ActionItem overdue = action("CCM-TJ", bank(), "Api overdue " + tag, this.directory.today().minusDays(2));
		String token = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		MvcTestResult api = this.mvc.get().uri("/api/v1/me/work").header("Authorization", "Bearer " + token).exchange();
		assertThat(api).hasStatusOk().hasHeader("Cache-Control", "private, no-cache");
		assertThat(api.getResponse().getHeader("ETag")).isNotBlank();
		String json = body(api);
		Map<String, Object> work = JsonPath.read(json, "$");
		assertThat(work).containsKeys("meetings", "actions", "reports", "minutes", "incoming", "changes");
		List<Map<String, Object>> mine = JsonPath.read(json, "$.actions[?(@.title == 'Api overdue " + tag + "')]");
		assertThat(mine).singleElement()
			.satisfies((item) -> assertThat(item).containsEntry("type", "ACTION")
				.containsEntry("url", "/actions/" + overdue.id())
				.containsEntry("mechanism", "CCM-TJ")
				.containsEntry("due", overdue.dueDate().toString())
				.containsEntry("state", "OVERDUE"));
		List<String> owners = JsonPath.read(json, "$.actions[*].url");
		assertThat(owners)
			.allSatisfy((url) -> assertThat(this.actions.find(UUID.fromString(url.substring("/actions/".length())))
				.orElseThrow()
				.ownerOrganisationId()).isEqualTo(bank()));
		// the report the Bank owes, if any, is the Bank's
		List<String> reportMechanisms = JsonPath.read(json, "$.reports[*].mechanism");
		assertThat(reportMechanisms).allSatisfy((m) -> assertThat(m).isEqualTo("CCM-TJ"));
		assertThat(this.mvc.get().uri("/api/v1/me/work")).hasStatus(401);
	}

	@Test
	void changesListWhatChangedSinceTheLastVisitThatTheReaderMaySee() {
		UUID user = this.jdbc.sql("select id from app_user where username = 'focal.nbt.tj'").query(UUID.class).single();
		this.jdbc.sql("delete from workspace_visit where user_id = ?").param(user).update();
		this.jdbc.sql("insert into workspace_visit (user_id, last_seen_at) values (?, ?)")
			.params(user, Timestamp.from(TestClock.instant().minus(Duration.ofHours(2))))
			.update();
		String tag = unique();
		LocalDate later = this.directory.today().plusDays(40);
		action("CCM-TJ", otherMember("CCM-TJ", bank()), "Changed after " + tag, later);
		ActionItem before = action("CCM-TJ", otherMember("CCM-TJ", bank()), "Changed before " + tag, later);
		this.jdbc.sql("update action_item set updated_at = ? where id = ?")
			.params(Timestamp.from(TestClock.instant().minus(Duration.ofHours(3))), before.id())
			.update();
		action("CCM-KZ", otherMember("CCM-KZ", null), "Hidden change " + tag, later);

		String changes = section(body(this.mvc.get().uri("/my-work").with(as("focal.nbt.tj")).exchange()),
				"work-changes");
		assertThat(changes).contains("Changed after " + tag)
			.doesNotContain("Changed before " + tag)
			.doesNotContain("Hidden change " + tag);
		// the visit is recorded: its start is what the next visit counts from
		assertThat(this.jdbc.sql("select previous_seen_at from workspace_visit where user_id = ?")
			.param(user)
			.query(Timestamp.class)
			.single()).isNotNull();
	}

	private ActionItem action(String mechanism, UUID owner, String title, LocalDate due) {
		return this.actions.create(new NewAction(this.directory.mechanismOrThrow(mechanism).id(),
				LocalizedText.of(Map.of("en", title)), owner, null, due, null, null, null), ADMIN);
	}

	private UUID bank() {
		return this.jdbc.sql("select id from organisation where acronym = 'NBT'").query(UUID.class).single();
	}

	/** A member institution of the mechanism other than the one given. */
	private UUID otherMember(String mechanism, UUID not) {
		return this.jdbc.sql("""
				select distinct m.organisation_id from membership m join mechanism x on x.id = m.mechanism_id
				where x.code = ? and m.organisation_id is not null and m.valid_to is null order by m.organisation_id""")
			.param(mechanism)
			.query(UUID.class)
			.list()
			.stream()
			.filter((id) -> !id.equals(not))
			.findFirst()
			.orElseThrow();
	}

	private static String section(String body, String id) {
		int start = body.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section " + id).isPositive();
		int end = body.indexOf("</section>", start);
		return body.substring(start, end);
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
