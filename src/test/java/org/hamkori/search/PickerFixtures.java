package org.hamkori.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.TestClock;
import org.hamkori.accounts.Viewers;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.ActionStatus;
import org.hamkori.actions.NewAction;
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
import org.hamkori.results.LevelDetails;
import org.hamkori.results.ResultKind;
import org.hamkori.results.ResultLevel;
import org.hamkori.results.ResultsFramework;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The records the picker tests link, made through the modules' own services and indexed
 * at once (the tests run without the start-up build), and their requests. Read from the
 * test's context, so the web tests and the browser tests share them.
 */
public final class PickerFixtures {

	/** An administrator, for records made outside any page. */
	public static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	private final ApplicationContext context;

	private final JdbcClient jdbc;

	public PickerFixtures(ApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public void reindex(String type, UUID id) {
		SearchTestIndex.reindex(this.context, type, id);
	}

	public UUID mechanism(String code) {
		return this.jdbc.sql("select id from mechanism where code = ?").param(code).query(UUID.class).single();
	}

	/** A Tajik (or region-wide) organisation by its acronym. */
	public UUID organisation(String acronym) {
		return this.jdbc
			.sql("select id from organisation where acronym = ? and (country_code = 'TJ' or country_code is null)")
			.param(acronym)
			.query(UUID.class)
			.list()
			.get(0);
	}

	/** A programme of the mechanism, indexed. */
	public Programme programme(String mechanism, String title, Visibility visibility) {
		UUID implementer = this.jdbc.sql("select id from organisation order by id fetch first 1 rows only")
			.query(UUID.class)
			.single();
		Programme programme = this.context.getBean(ProgrammeRegister.class)
			.createForDemo(mechanism(mechanism),
					new ProgrammeDetails(implementer, null, LocalizedText.of("en", title), null,
							LocalDate.of(2025, 1, 1), null, EnumSet.of(ProgrammeTheme.values()[0]), null,
							BudgetBand.UNKNOWN, null, null, visibility));
		reindex("programme", programme.id());
		return programme;
	}

	/** A Tajik members-only programme run by IOM with an outcome and one output. */
	public ResultLevel workplanOutput(String title) {
		UUID iom = this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
		Programme programme = this.context.getBean(ProgrammeRegister.class)
			.create(mechanism("CCM-TJ"),
					new ProgrammeDetails(iom, null, LocalizedText.of("en", title), null, LocalDate.of(2024, 1, 1),
							LocalDate.of(2027, 12, 31), EnumSet.of(ProgrammeTheme.PROTECTION), null, BudgetBand.UNKNOWN,
							null, null, Visibility.MEMBERS),
					ADMIN);
		ResultsFramework framework = this.context.getBean(ResultsFramework.class);
		ResultLevel outcome = framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", LocalizedText.of("en", "Protection")), ADMIN);
		return framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", LocalizedText.of("en", "Recruiters informed")),
				ADMIN);
	}

	/** An open action of the mechanism, owned by one of its members, indexed. */
	public UUID action(String mechanism, String title) {
		UUID mechanismId = mechanism(mechanism);
		UUID owner = this.jdbc
			.sql("select organisation_id from membership where mechanism_id = ? and valid_to is null"
					+ " order by organisation_id")
			.param(mechanismId)
			.query(UUID.class)
			.list()
			.get(0);
		UUID id = this.context.getBean(ActionItems.class)
			.createForDemo(new NewAction(mechanismId, LocalizedText.of(Map.of("en", title)), owner, null,
					LocalDate.of(2030, 1, 1), null, null, null), ActionStatus.OPEN, null)
			.id();
		reindex("action", id);
		return id;
	}

	/** A held meeting of the mechanism with one decision of this text, indexed. */
	public Decision decision(String username, String mechanism, String zone, LocalizedText text) {
		Viewer secretariat = this.context.getBean(Viewers.class)
			.of(new UsernamePasswordAuthenticationToken(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_USER"))));
		LocalDateTime start = LocalDateTime.now(TestClock.clock())
			.plusDays(20)
			.withHour(10)
			.withMinute(0)
			.withNano(0)
			.withSecond(0);
		MeetingPlanning planning = this.context.getBean(MeetingPlanning.class);
		Meeting meeting = planning.create(secretariat, mechanism,
				new MeetingForm(MeetingType.ORDINARY, "Guidance " + UUID.randomUUID(), start, start.plusHours(3), zone,
						"Office", "", List.copyOf(text.values().keySet()), null));
		meeting = planning.announce(secretariat, meeting.id(), meeting.version());
		meeting = planning.markHeld(secretariat, meeting.id(), meeting.version());
		Decision decision = this.context.getBean(MinutesBook.class).addDecision(secretariat, meeting.id(), null, text);
		reindex("decision", decision.id());
		return decision;
	}

	/** A decision's number, such as {@code CCM-TJ/1/D2}. */
	public String number(Decision decision) {
		Meeting meeting = this.context.getBean(Meetings.class).find(decision.meetingId()).orElseThrow();
		return this.context.getBean(MinutesBook.class).decisionNumber(meeting, decision);
	}

	/**
	 * The page as the user (or anyone, for {@code null}) reads it; it must answer 200.
	 */
	public String get(String uri, String user) {
		var request = this.context.getBean(MockMvcTester.class).get().uri(uri);
		MvcTestResult result = (user != null) ? request.with(as(user)).exchange() : request.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** A form posted by the user, with pairs of names and values. */
	public MvcTestResult post(String user, String uri, String... params) {
		var request = this.context.getBean(MockMvcTester.class).post().uri(uri).with(as(user)).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
