package org.hamkori.results;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestViewers;
import org.hamkori.accounts.Viewers;
import org.hamkori.directory.Directory;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.issues.Issue;
import org.hamkori.issues.IssueForm;
import org.hamkori.issues.IssueLifecycle;
import org.hamkori.issues.IssueRegister;
import org.hamkori.issues.Recommendation;
import org.hamkori.issues.RecommendationFollowUp;
import org.hamkori.meetings.Decision;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingForm;
import org.hamkori.meetings.MeetingPlanning;
import org.hamkori.meetings.MeetingType;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.search.PickerFixtures;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Guidance from the mechanisms on the real database: an activity names a decision by its
 * number, an unknown or hidden one is refused in Russian, a postponement names its cause,
 * the workplan counts the guided activities and the decision's page lists them as far as
 * the reader may see.
 */
@HamkoriWebTest
class GuidanceTests {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	static final String REFUSED = "Такого решения, рекомендации или вопроса, доступного вам, нет";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRegister register;

	@Autowired
	ResultsFramework framework;

	@Autowired
	Guidance guidance;

	@Autowired
	MeetingPlanning planning;

	@Autowired
	Meetings meetings;

	@Autowired
	MinutesBook minutes;

	@Autowired
	Viewers viewers;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	IssueLifecycle lifecycle;

	@Autowired
	RecommendationFollowUp followUp;

	@Autowired
	IssueRegister issues;

	@Test
	void recommendationsAndIssuesGuideByTheirCitationAndHiddenOnesKeepTheirTitleToThemselves() {
		Viewer tj = TestViewers.seated(this.directory, "CCM-TJ", MembershipRole.SECRETARIAT);
		UUID mechanism = tj.seats().get(0).mechanismId();
		UUID institution = this.issues.memberInstitutions(mechanism).iterator().next();
		Issue issue = this.lifecycle.raise(tj, "CCM-TJ", new IssueForm("en", "Fees " + UUID.randomUUID(), "Too high",
				institution, null, List.of(), List.of(), null, Visibility.MEMBERS));
		Recommendation rec = this.followUp.recommend(tj, issue.id(), LocalizedText.of(Map.of("en", "Cap the fees")),
				List.of(institution), null);
		String issueCode = this.issues.citation(issue);
		String recCode = this.issues.citation(rec);
		assertThat(issueCode).matches("CCM-TJ/I-[0-9A-F]{8}");
		assertThat(recCode).matches("CCM-TJ/R-[0-9A-F]{8}");
		assertThat(this.issues.findVisibleByCitation(tj, recCode.toLowerCase())).get()
			.extracting((c) -> c.id())
			.isEqualTo(rec.id());
		// another country's secretariat may not see the members-only issue
		Viewer kz = TestViewers.seated(this.directory, "CCM-KZ", MembershipRole.SECRETARIAT);
		assertThat(this.issues.findVisibleByCitation(kz, issueCode)).isEmpty();

		Programme programme = programme("CCM-TJ");
		UUID output = output(programme);
		String byRec = "By recommendation " + UUID.randomUUID();
		assertThat(post(programme, output, "R1", byRec, "ONGOING", null, recCode, null)).hasStatus(302);
		assertThat(post(programme, output, "R2", "By issue", "ONGOING", null, issueCode, null)).hasStatus(302);
		// the issue's page carries its citation and asks for the activities it guides
		assertThat(this.mvc.get().uri("/issues/" + issue.id() + "?lang=ru").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("Ссылка: " + issueCode, "Ссылка: " + recCode,
					"data-hx-get=\"/results/guided?record=" + recCode + "&amp;nested=true\"");
		assertThat(
				this.mvc.get().uri("/results/guided?lang=ru&nested=true&record=" + recCode).with(as("secretariat.tj")))
			.hasStatusOk()
			.bodyText()
			.contains(byRec, "<h3", "/programmes/" + programme.id() + "/workplan/new?guidedBy=" + recCode)
			.doesNotContain("<h2");
		// a member who does not run the mechanism sees the activity but no button to
		// create one
		assertThat(this.mvc.get().uri("/results/guided?record=" + recCode).with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains(byRec)
			.doesNotContain("/workplan/new");
		assertThat(this.mvc.get()
			.uri("/programmes/" + programme.id() + "/workplan/new?guidedBy=" + recCode)
			.with(as("secretariat.tj"))).hasStatusOk().bodyText().contains("value=\"" + recCode + "\"");
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/workplan?lang=ru").with(as("secretariat.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("href=\"/issues/" + issue.id() + "#rec-" + rec.id() + "\"",
					"href=\"/issues/" + issue.id() + "\"");
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/guidance?lang=ru").with(as("secretariat.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("Мероприятия по решениям механизмов: 2 из 2");
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "?lang=ru").with(as("secretariat.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("data-hx-get=\"/programmes/" + programme.id() + "/guidance\"");

		// a regional programme's reader who may not see the Tajik issue sees the link's
		// place only
		Programme regional = programme("RCM", Visibility.PUBLIC);
		UUID regionalOutput = output(regional);
		String title = "Regional " + UUID.randomUUID();
		this.guidance.create(
				regional.id(), new ActivityDetails(regionalOutput, "G1", text(title), "TJ", iom(),
						LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), ActivityStatus.PLANNED, null, null),
				issueCode, null, ADMIN);
		assertThat(this.mvc.get().uri("/programmes/" + regional.id() + "/workplan?lang=en").with(as("secretariat.kz")))
			.hasStatusOk()
			.bodyText()
			.contains(title, "a record you cannot see")
			.doesNotContain(issueCode, issue.title().get("en"), "/issues/" + issue.id());
		// the public programme's share is public, as its page is
		assertThat(this.mvc.get().uri("/programmes/" + regional.id() + "/guidance?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Activities guided by the mechanisms: 1 of 1");
		assertThat(this.mvc.get().uri("/results/guided?record=" + issueCode).with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.doesNotContain(title, "/workplan/new");
	}

	@Test
	void anActivityNamesTheDecisionThatGuidesItAndTheDecisionShowsIt() {
		String tjDecision = decision("secretariat.tj", "CCM-TJ", "Asia/Dushanbe");
		String kzDecision = decision("secretariat.kz", "CCM-KZ", "Asia/Almaty");
		Programme programme = programme("CCM-TJ");
		UUID output = output(programme);
		String guided = "Guided " + UUID.randomUUID();
		String postponed = "Postponed " + UUID.randomUUID();

		// typed in lower case, stored under the decision's own number
		assertThat(post(programme, output, "A1", guided, "ONGOING", null, tjDecision.toLowerCase(), null))
			.hasStatus(302);
		assertThat(this.jdbc
			.sql("select record_code from activity_guidance g join workplan_activity a"
					+ " on a.id = g.activity_id where a.programme_id = :p and g.purpose = 'GUIDED_BY'")
			.param("p", programme.id())
			.query(String.class)
			.list()).containsExactly(tjDecision);
		assertThat(post(programme, output, "A9", "Unknown", "ONGOING", null, "CCM-TJ/999/D9", null)).hasStatusOk()
			.bodyText()
			.contains(REFUSED);
		// the Kazakh mechanism's decisions are its members' only: refused alike
		assertThat(post(programme, output, "A9", "Hidden", "ONGOING", null, kzDecision, null)).hasStatusOk()
			.bodyText()
			.contains(REFUSED);
		assertThat(post(programme, output, "A9", "Bad cause", "CANCELLED", "Funds", null, kzDecision)).hasStatusOk()
			.bodyText()
			.contains(REFUSED);
		assertThat(post(programme, output, "A2", postponed, "POSTPONED", "Elections", null, tjDecision)).hasStatus(302);
		assertThat(post(programme, output, "A3", "Plain", "PLANNED", null, null, null)).hasStatus(302);

		UUID decisionId = decisionId(tjDecision);
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/workplan?lang=ru").with(as("focal.mol.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("Мероприятия по решениям механизмов: 1 из 3", "по решению", "изменение по решению",
					"href=\"/decisions/" + decisionId + "\"", tjDecision);
		assertThat(this.guidance.share(programme.id(), List.of())).isEqualTo(new Guidance.Share(0, 0));

		// an activity of another mechanism's members-only programme the Tajik reader may
		// not see
		Programme kz = programme("CCM-KZ");
		String hidden = "Kazakh " + UUID.randomUUID();
		this.guidance.create(kz.id(), new ActivityDetails(output(kz), "K1", text(hidden), "KZ", iom(),
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), ActivityStatus.PLANNED, null, null), tjDecision,
				null, ADMIN);

		assertThat(this.mvc.get().uri("/decisions/" + decisionId + "?lang=ru").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("data-hx-get=\"/results/guided?record=" + tjDecision + "\"", "data-hx-trigger=\"load\"");
		assertThat(this.mvc.get().uri("/results/guided?lang=ru&record=" + tjDecision).with(as("secretariat.tj")))
			.hasStatusOk()
			.bodyText()
			.contains(guided, postponed, "Мероприятия плана работы по этому решению")
			.doesNotContain(hidden, "<html");
		assertThat(this.guidance.activitiesOf(tjDecision, ADMIN)).extracting((g) -> g.activity().code())
			.containsExactlyInAnyOrder("A1", "A2", "K1");
		// who may not see the decision learns nothing of it
		assertThat(this.mvc.get().uri("/results/guided?record=" + tjDecision).with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.doesNotContain(guided, hidden);
		assertThat(this.mvc.get().uri("/results/guided?record=" + tjDecision)).hasStatus3xxRedirection();
	}

	@Test
	void editingKeepsTheLinkAndClearsItWhenTheFieldIsEmptied() {
		String code = decision("secretariat.tj", "CCM-TJ", "Asia/Dushanbe");
		Programme programme = programme("CCM-TJ");
		UUID output = output(programme);
		Activity a = this.guidance.create(programme.id(), new ActivityDetails(output, "E1", text("Edited"), "TJ", iom(),
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), ActivityStatus.PLANNED, null, null), code, null,
				ADMIN);
		assertThat(this.guidance.of(a.id())).containsOnlyKeys(ActivityGuidance.Purpose.GUIDED_BY);
		assertThat(this.mvc.get().uri("/workplan/" + a.id() + "/edit").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("value=\"" + code + "\"");
		Activity updated = this.guidance
			.update(a.id(),
					new ActivityDetails(output, "E1", text("Edited"), "TJ", iom(), LocalDate.of(2025, 1, 1),
							LocalDate.of(2025, 2, 1), ActivityStatus.PLANNED, null, null),
					a.version(), "", code, ADMIN);
		// a cause is only kept for a change of plan (any status but planned)
		assertThat(this.guidance.of(updated.id())).isEmpty();
	}

	private MockMvcTester.MockMvcRequestBuilder post(Programme programme, UUID output, String code, String title,
			String status, String reason, String guidedBy, String cause) {
		var request = this.mvc.post()
			.uri("/programmes/" + programme.id() + "/workplan?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("outputId", output.toString())
			.param("code", code)
			.param("titleEn", title)
			.param("area", "TJ")
			.param("responsibleId", iom().toString())
			.param("startDate", "2025-03-01")
			.param("endDate", "2025-06-30")
			.param("status", status);
		if (reason != null) {
			request = request.param("statusReason", reason);
		}
		if (guidedBy != null) {
			request = request.param("guidedBy", guidedBy);
		}
		if (cause != null) {
			request = request.param("changeCause", cause);
		}
		return request;
	}

	/** A held meeting of the mechanism with one decision; its number. */
	private String decision(String username, String mechanism, String zone) {
		PickerFixtures fixtures = new PickerFixtures(this.context);
		return fixtures
			.number(fixtures.decision(username, mechanism, zone, LocalizedText.of(Map.of("ru", "Утвердить план"))));
	}

	private UUID decisionId(String code) {
		return this.minutes.findVisibleDecision(ADMIN, code).orElseThrow().id();
	}

	private Programme programme(String mechanism) {
		return programme(mechanism, Visibility.MEMBERS);
	}

	private Programme programme(String mechanism, Visibility visibility) {
		LocalDate today = this.register.today();
		return this.register.create(this.directory.mechanismOrThrow(mechanism).id(),
				new ProgrammeDetails(iom(), null, text("Guidance test " + UUID.randomUUID()), null, today.minusYears(3),
						today.plusYears(2), EnumSet.of(ProgrammeTheme.PROTECTION), null, BudgetBand.UNKNOWN, null, null,
						visibility),
				ADMIN);
	}

	private UUID output(Programme programme) {
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Outcome")), ADMIN);
		return this.framework
			.createLevel(programme.id(), new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", text("Output")),
					ADMIN)
			.id();
	}

	private UUID iom() {
		return this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
	}

	private static LocalizedText text(String en) {
		return LocalizedText.of(Map.of("en", en));
	}

}
