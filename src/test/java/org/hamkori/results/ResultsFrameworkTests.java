package org.hamkori.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.directory.Directory;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.text.Figures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A programme's results framework on the real database: the chain's rules, exact values,
 * targets and actuals, the results table with its light and trend, the forms in Russian,
 * who may edit, and actuals read from Hamkori's approved figures under the one visibility
 * rule.
 */
@HamkoriWebTest
class ResultsFrameworkTests {

	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRegister register;

	@Autowired
	ResultsFramework framework;

	@Autowired
	ResultsTable table;

	@Autowired
	Workplan workplan;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.hamkori.sdg.Sdg1072Rounds rounds;

	UUID tj;

	UUID iom;

	@BeforeEach
	void setUp() {
		this.tj = this.directory.mechanismOrThrow("CCM-TJ").id();
		this.iom = this.jdbc.sql("select id from organisation where acronym = 'IOM' and country_code = 'TJ'")
			.query(UUID.class)
			.single();
	}

	@Test
	void theChainKeepsItsOrderAndValuesAreKeptExactly() {
		Programme programme = programme(Visibility.MEMBERS);
		assertThatThrownBy(() -> this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTPUT, "1.1", text("Output at the top")), ADMIN))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.errors()).containsEntry("parentId", "validation.results.level.chain"));
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Governance")), ADMIN);
		ResultLevel output = this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", text("Policies drafted")), ADMIN);
		assertThatThrownBy(() -> this.framework.createLevel(programme.id(),
				new LevelDetails(output.id(), ResultKind.OUTPUT, "1.1.1", text("Too deep")), ADMIN))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", text("Same code")), ADMIN))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.errors()).containsEntry("code", "validation.results.code.taken"));

		assertThatThrownBy(() -> this.framework.createIndicator(programme.id(),
				new IndicatorDetails(output.id(), "1.1.a", text("Too precise"), "percent", null, "0.1234567890123",
						2022, null),
				ADMIN))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.errors()).containsEntry("baselineValue", "validation.results.precision"));
		ResultIndicator indicator = this.framework.createIndicator(programme.id(), new IndicatorDetails(output.id(),
				"1.1.a", text("Share of workers informed"), "percent", "by sex", "12,500", 2022, null), ADMIN);
		this.framework.setTarget(indicator.id(), 2025, "TJ", "99999999999999999999.000000000001", ADMIN);
		this.framework.setActual(indicator.id(), "2025-h1", "TJ", "17.25", "Survey", null, ADMIN);

		ResultIndicator stored = this.framework.indicator(indicator.id(), ADMIN);
		assertThat(stored.baselineValue()).isEqualByComparingTo("12.5");
		assertThat(stored.baselineValue().toPlainString()).isEqualTo("12.5");
		assertThat(stored.target(2025, "TJ")).get()
			.extracting(BigDecimal::toPlainString)
			.isEqualTo("99999999999999999999.000000000001");
		assertThat(stored.actual(2025, "TJ")).get().extracting(ResultIndicator.Actual::period).isEqualTo("2025-H1");
		assertThatThrownBy(() -> this.framework.setTarget(indicator.id(), 2025, "KZ", "1", ADMIN))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.errors()).containsEntry("area", "validation.results.area"));
		assertThatThrownBy(() -> this.framework.deleteLevel(output.id(), ADMIN)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void theResultsTableShowsTargetActualLightAndTrendInRussian() {
		Programme programme = programme(Visibility.MEMBERS);
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Защита мигрантов")), ADMIN);
		ResultIndicator indicator = this.framework.createIndicator(programme.id(), new IndicatorDetails(outcome.id(),
				"1.a", text("Консультации мигрантов"), "persons", null, "100", 2022, null), ADMIN);
		this.framework.setTarget(indicator.id(), 2025, "TJ", "1000", ADMIN);
		this.framework.setActual(indicator.id(), "2024", "TJ", "650", "Отчёт центра", null, ADMIN);
		this.framework.setActual(indicator.id(), "2025-H1", "TJ", "420", "Отчёт центра", null, ADMIN);
		this.framework.setActual(indicator.id(), "2025", "TJ", "905", "Отчёт центра", "Годовой", ADMIN);

		ResultsTable.Row row = this.table.of(programme.id(), 2025, ADMIN)
			.levels()
			.get(0)
			.indicators()
			.get(0)
			.rows()
			.get(0);
		assertThat(row.actual()).isEqualByComparingTo("905");
		assertThat(row.light()).isEqualTo(TrafficLight.ON_TRACK);
		assertThat(row.trend()).isEqualTo(Trend.BETTER_UP);

		assertThat(this.mvc.get()
			.uri("/programmes/" + programme.id() + "/results?year=2025&lang=ru")
			.with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains("Рамка результатов", "Консультации мигрантов", "По плану", "Выше, чем годом ранее (лучше)",
					"Цель 2025", "905")
			.doesNotContain("Новый уровень результатов");
		assertThat(this.mvc.get()
			.uri("/programmes/" + programme.id() + "/results?year=2024&lang=ru")
			.header("HX-Request", "true")
			.with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains("Нет цели или факта", "650")
			.doesNotContain("<html");

		// a form refused in Russian keeps nothing
		assertThat(this.mvc.post()
			.uri("/results/indicators/" + indicator.id() + "/actuals?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("period", "2025-Q3")
			.param("area", "TJ")
			.param("value", "1.000,5")
			.param("source", "")).hasStatusOk()
			.bodyText()
			.contains("Запишите период как год (2025) или полугодие", "Введите число, дробную часть отделите",
					"Укажите, откуда взята цифра");
		assertThat(this.framework.indicator(indicator.id(), ADMIN).actuals()).hasSize(3);
		assertThat(this.mvc.post()
			.uri("/programmes/" + programme.id() + "/results/levels?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("kind", "OUTPUT")
			.param("code", "9")
			.param("titleRu", "Продукт без итога")).hasStatusOk()
			.bodyText()
			.contains("Воздействие стоит наверху, итог — под воздействием");

		// deleting is asked first, then done
		assertThat(this.mvc.get()
			.uri("/results/indicators/" + indicator.id() + "/targets/delete?year=2025&area=TJ&lang=ru")
			.with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("Удалить эту цель?", "Да, удалить", "1.a · 2025 · Таджикистан");
		assertThat(this.framework.indicator(indicator.id(), ADMIN).targets()).hasSize(1);
		assertThat(this.mvc.post()
			.uri("/results/indicators/" + indicator.id() + "/targets/delete")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("year", "2025")
			.param("area", "TJ")).hasStatus(302);
		assertThat(this.framework.indicator(indicator.id(), ADMIN).targets()).isEmpty();
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/audit").with(as("secretariat.tj"))).bodyText()
			.contains("result_indicator", "target removed");
	}

	@Test
	void onlyThoseWhoMayEditTheProgrammeEditItsResults() {
		Programme open = programme(Visibility.PUBLIC);
		Programme hidden = programme(Visibility.MEMBERS);
		ResultLevel level = this.framework.createLevel(open.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Open outcome")), ADMIN);
		String created = this.mvc.post()
			.uri("/programmes/" + open.id() + "/results/levels")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("kind", "OUTPUT")
			.param("parentId", level.id().toString())
			.param("code", "1.1")
			.param("titleEn", "Made by the secretariat")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).isEqualTo("/programmes/" + open.id() + "/results?saved");

		// a secretariat of another country sees the public programme but may not edit it
		assertThat(this.mvc.get().uri("/programmes/" + open.id() + "/results").with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.contains("Open outcome")
			.doesNotContain("New result level");
		assertThat(this.mvc.get().uri("/programmes/" + open.id() + "/results/levels/new").with(as("secretariat.kz")))
			.hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/programmes/" + open.id() + "/results/levels")
			.with(as("secretariat.kz"))
			.with(csrf())
			.param("kind", "OUTCOME")
			.param("code", "2")
			.param("titleEn", "Made in another country")).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/results/levels/" + level.id() + "/delete")
			.with(as("secretariat.kz"))
			.with(csrf())).hasStatus(403);
		// a member of the mechanism reads but does not edit
		assertThat(this.mvc.get().uri("/results/levels/" + level.id() + "/edit").with(as("focal.mol.tj")))
			.hasStatus(403);
		// a members-only programme is not there for another country, nor for visitors
		assertThat(this.mvc.get().uri("/programmes/" + hidden.id() + "/results").with(as("secretariat.kz")))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/programmes/" + hidden.id() + "/results/levels/new").with(as("secretariat.kz")))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/programmes/" + hidden.id() + "/results")).hasStatus(404);
		assertThat(this.mvc.get().uri("/programmes/" + open.id() + "/results")).hasStatusOk();
		assertThat(this.framework.levels(open.id(), ADMIN)).extracting(ResultLevel::code).containsExactly("1", "1.1");
	}

	@Test
	void aLinkedIndicatorsActualsAreHamkorisApprovedFiguresForThoseWhoMaySeeThem() {
		// the national departures of Tajikistan per complete year, added up month by
		// month here
		Map<Integer, Map<UUID, BigDecimal>> sums = new HashMap<>();
		Map<Integer, Map<UUID, Integer>> months = new HashMap<>();
		this.jdbc.sql("""
				select obligation_id, period_start, obs_value from published_value
				where mechanism_id = ? and ref_area is null and indicator = 'DEPARTURES' and periodicity = 'MONTHLY'
				and sex = '_T' and counterpart_area = '_T' and age = '_T' and activity = '_T' and occupation = '_T'
				and education = '_T' and migrant_category = '_T'""").param(this.tj).query((rs, n) -> {
			int year = rs.getObject(2, LocalDate.class).getYear();
			UUID obligation = rs.getObject(1, UUID.class);
			sums.computeIfAbsent(year, (y) -> new HashMap<>()).merge(obligation, rs.getBigDecimal(3), BigDecimal::add);
			months.computeIfAbsent(year, (y) -> new HashMap<>()).merge(obligation, 1, Integer::sum);
			return null;
		}).list();
		int year = months.entrySet()
			.stream()
			.filter((e) -> e.getValue().containsValue(12))
			.mapToInt(Map.Entry::getKey)
			.max()
			.orElseThrow();
		List<BigDecimal> complete = sums.get(year)
			.entrySet()
			.stream()
			.filter((e) -> months.get(year).get(e.getKey()) == 12)
			.map(Map.Entry::getValue)
			.toList();

		Programme programme = programme(Visibility.PUBLIC);
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Safe departures")), ADMIN);
		ResultIndicator indicator = this.framework.createIndicator(programme.id(), new IndicatorDetails(outcome.id(),
				"1.a", text("Departures"), "persons", "by destination", null, null, "DEPARTURES"), ADMIN);
		this.framework.setActual(indicator.id(), String.valueOf(year), "TJ", "1", "Entered by hand", null, ADMIN);

		Viewer tajikMember = new Viewer(UUID.randomUUID(), "tj", null, false,
				List.of(new Viewer.Seat(this.tj, "CCM-TJ", false, MembershipRole.MEMBER)));
		ResultsTable.Row seen = row(programme, year, tajikMember);
		assertThat(seen.fromCatalogue()).isTrue();
		assertThat(complete).anySatisfy((sum) -> assertThat(seen.actual()).isEqualByComparingTo(sum));
		if (complete.size() == 1) {
			assertThat(seen.actual()).isEqualByComparingTo(complete.get(0));
		}
		// the flows are members-only: visitors and other countries see the entered figure
		// instead
		ResultsTable.Row anonymous = row(programme, year, Viewer.anonymous());
		assertThat(anonymous.fromCatalogue()).isFalse();
		assertThat(anonymous.actual()).isEqualByComparingTo("1");
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/results?year=" + year)).hasStatusOk()
			.bodyText()
			.contains("Entered by hand")
			.doesNotContain("Hamkori:");
		assertThat(
				this.mvc.get().uri("/programmes/" + programme.id() + "/results?year=" + year).with(as("focal.mol.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("Hamkori:");
	}

	@Test
	void aLinkedIndicatorsActualsEqualWhatTheAnalyticsApiAnswersForTheSameCountryAndYear() throws Exception {
		Programme programme = programme(Visibility.PUBLIC);
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Safe departures")), ADMIN);
		this.framework.createIndicator(programme.id(), new IndicatorDetails(outcome.id(), "1.a", text("Departures"),
				"persons", null, null, null, "DEPARTURES"), ADMIN);
		String user = "focal.mol.tj";
		Viewer member = viewer(user);
		String token = org.hamkori.TestRequests.apiToken(this.mvc, user);
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
			.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build();
		int compared = 0;
		int last = this.register.today().getYear();
		for (int year = last - 4; year <= last; year++) {
			org.springframework.test.web.servlet.assertj.MvcTestResult answer = this.mvc.get()
				.uri("/api/v1/series?mechanism=CCM-TJ&indicator=DEPARTURES&frequency=ANNUAL&from={y}&to={y}", year,
						year)
				.header("Authorization", "Bearer " + token)
				.exchange();
			assertThat(answer).hasStatusOk();
			tools.jackson.databind.JsonNode root = json
				.readTree(answer.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			// the analytics' figure for the year: a national series before a reference
			// one,
			// and the first of them, never two added
			BigDecimal expected = null;
			String source = null;
			boolean expectedIsReference = true;
			for (tools.jackson.databind.JsonNode series : root.get("series")) {
				boolean reference = !series.get("sources").isEmpty();
				for (tools.jackson.databind.JsonNode s : series.get("sources")) {
					reference &= s.get("reference").asBoolean();
				}
				for (tools.jackson.databind.JsonNode point : series.get("values")) {
					if (point.get("period").asString().equals(String.valueOf(year))
							&& (expected == null || (expectedIsReference && !reference))) {
						expected = point.get("value").decimalValue();
						source = series.get("sources").isEmpty() ? series.get("label").asString()
								: series.get("sources").get(0).get("source").asString();
						expectedIsReference = reference;
					}
				}
			}
			ResultsTable.Row row = row(programme, year, member);
			if (expected == null) {
				assertThat(row.actual()).as("%s: analytics has no figure", year).isNull();
				continue;
			}
			assertThat(row.fromCatalogue()).as("%s", year).isTrue();
			assertThat(row.actual()).as("%s", year).isEqualByComparingTo(expected);
			assertThat(row.actualPeriod()).isEqualTo(String.valueOf(year));
			assertThat(row.source().get("en")).as("%s", year).isEqualTo(source);
			// and the results page shows the same number to the same member
			assertThat(this.mvc.get()
				.uri("/programmes/" + programme.id() + "/results?year=" + year + "&lang=en")
				.with(as(user))).hasStatusOk().bodyText().contains("Hamkori:", source);
			compared++;
		}
		assertThat(compared).as("years with figures in the demo").isGreaterThanOrEqualTo(2);
	}

	@Test
	void theSdg1072ScoreOfASubmittedRoundIsAnActualForThoseWhoMaySeeTheRound() throws Exception {
		Programme programme = programme(Visibility.PUBLIC);
		assertThat(this.framework.catalogue(this.framework.programme(programme.id(), ADMIN)))
			.anySatisfy((s) -> assertThat(s.code()).isEqualTo("SDG_10_7_2"))
			.filteredOn((s) -> s.code().equals("SDG_10_7_2"))
			.allSatisfy((s) -> assertThat(s.name().get("tg")).startsWith("Холи ҲРУ 10.7.2"));
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Governance")), ADMIN);
		this.framework.createIndicator(programme.id(), new IndicatorDetails(outcome.id(), "1.a",
				text("Migration governance score"), "score", null, null, null, "SDG_10_7_2"), ADMIN);
		// the demo's Tajik round, submitted and members-only
		int year = this.jdbc
			.sql("select max(round_year) from sdg_round where mechanism_id = ? and status = 'SUBMITTED'")
			.param(this.tj)
			.query(Integer.class)
			.single();
		org.hamkori.sdg.Sdg1072Round round = this.rounds.find(this.tj, year).orElseThrow();
		assertThat(round.visibility()).isEqualTo(Visibility.MEMBERS);

		ResultsTable.Row seen = row(programme, year, viewer("focal.mol.tj"));
		assertThat(seen.fromCatalogue()).isTrue();
		assertThat(seen.actual()).isEqualByComparingTo(BigDecimal.valueOf(round.score().overall()));
		assertThat(seen.source().get("en")).isEqualTo("SDG 10.7.2 " + year);
		assertThat(this.mvc.get()
			.uri("/programmes/" + programme.id() + "/results?year=" + year + "&lang=en")
			.with(as("focal.mol.tj"))).hasStatusOk().bodyText().contains("Hamkori:", "SDG 10.7.2 " + year);
		// a visitor may not see the round, so sees no actual; nor is a year without a
		// submitted round given one
		assertThat(row(programme, year, Viewer.anonymous()).actual()).isNull();
		if (this.rounds.find(this.tj, year - 2)
			.filter((r) -> r.status() == org.hamkori.sdg.RoundStatus.SUBMITTED)
			.isEmpty()) {
			assertThat(row(programme, year - 2, viewer("focal.mol.tj")).actual()).isNull();
		}
	}

	private Viewer viewer(String username) {
		Map<String, Object> user = this.jdbc.sql("select id, person_id, admin from app_user where username = ?")
			.param(username)
			.query()
			.singleRow();
		UUID person = (UUID) user.get("person_id");
		return new Viewer((UUID) user.get("id"), username, person, (Boolean) user.get("admin"),
				(person != null) ? this.directory.seatsOf(person) : List.of());
	}

	@Test
	void theWorkplanListsActivitiesPerOutputAndAsksWhyOneIsPostponed() {
		Programme programme = programme(Visibility.MEMBERS);
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Governance")), ADMIN);
		ResultLevel first = this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", text("Policies drafted")), ADMIN);
		ResultLevel second = this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.2", text("Officials trained")), ADMIN);
		String title = "Consultation " + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/programmes/" + programme.id() + "/workplan?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("outputId", first.id().toString())
			.param("code", "A1")
			.param("titleEn", title)
			.param("area", "TJ")
			.param("responsibleId", this.iom.toString())
			.param("startDate", "2025-03-01")
			.param("endDate", "2025-02-01")
			.param("status", "POSTPONED")).hasStatusOk()
			.bodyText()
			.contains("Укажите, почему мероприятие отложено или отменено",
					"Дата окончания не может быть раньше даты начала");
		assertThat(this.mvc.post()
			.uri("/programmes/" + programme.id() + "/workplan")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("outputId", first.id().toString())
			.param("code", "A1")
			.param("titleEn", title)
			.param("area", "TJ")
			.param("responsibleId", this.iom.toString())
			.param("startDate", "2025-03-01")
			.param("endDate", "2025-06-30")
			.param("status", "POSTPONED")
			.param("statusReason", "Elections")
			.param("budgetLine", "BL 1.1")).hasStatus(302);
		this.workplan.create(programme.id(),
				new ActivityDetails(second.id(), "A2", text("Training of officials"), "TJ", this.iom,
						LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 12), ActivityStatus.COMPLETED, null, null),
				ADMIN);
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/workplan?lang=ru").with(as("focal.mol.tj")))
			.hasStatusOk()
			.bodyText()
			.contains(title, "Отложено", "Elections", "BL 1.1", "Training of officials", "Завершено")
			.doesNotContain("Новое мероприятие");
		assertThat(this.mvc.get()
			.uri("/programmes/" + programme.id() + "/workplan?output=" + second.id())
			.header("HX-Request", "true")
			.with(as("focal.mol.tj"))).hasStatusOk().bodyText().contains("Training of officials").doesNotContain(title);
		assertThat(this.mvc.post()
			.uri("/programmes/" + programme.id() + "/workplan")
			.with(as("focal.mol.tj"))
			.with(csrf())
			.param("code", "A3")).hasStatus(403);
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/workplan").with(as("secretariat.kz")))
			.hasStatus(404);
		assertThatThrownBy(() -> this.framework.deleteLevel(second.id(), ADMIN)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void theTimelineShowsEachActivityAsABarThatSaysWhatWhenAndHowInRussian() {
		Programme programme = programme(Visibility.PUBLIC);
		ResultLevel outcome = this.framework.createLevel(programme.id(),
				new LevelDetails(null, ResultKind.OUTCOME, "1", text("Governance")), ADMIN);
		ResultLevel output = this.framework.createLevel(programme.id(),
				new LevelDetails(outcome.id(), ResultKind.OUTPUT, "1.1", text("Policies drafted")), ADMIN);
		LocalDate before = programme.startDate().minusMonths(2);
		LocalDate end = programme.startDate().plusMonths(1);
		this.workplan.create(programme.id(), new ActivityDetails(output.id(), "A1", text("Baseline survey"), "TJ",
				this.iom, before, end, ActivityStatus.COMPLETED, null, null), ADMIN);
		LocalDate day = programme.startDate().plusYears(1);
		this.workplan.create(programme.id(), new ActivityDetails(output.id(), "A2", text("Round table"), "TJ", this.iom,
				day, day, ActivityStatus.POSTPONED, "Elections", null), ADMIN);
		Locale ru = Locale.forLanguageTag("ru");
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/workplan/timeline?lang=ru")).hasStatusOk()
			.bodyText()
			.contains("График плана работы", "<span class=\"visually-hidden\">A1 Baseline survey",
					"A1 Baseline survey: с " + Figures.date(before, ru) + " по " + Figures.date(end, ru)
							+ ", Завершено",
					"A2 Round table: с " + Figures.date(day, ru) + " по " + Figures.date(day, ru) + ", Отложено",
					"class=\"bar activity-completed\" x=\"0.0000%\"", "class=\"today\"",
					"Красная пунктирная линия — сегодня, " + Figures.date(this.register.today(), ru));
		assertThat(this.mvc.get()
			.uri("/programmes/" + programme.id() + "/workplan/timeline?area=TJ&output=" + output.id() + "&lang=ru")
			.header("HX-Request", "true")).hasStatusOk().bodyText().contains("Round table").doesNotContain("<h1");
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/workplan?lang=ru")).hasStatusOk()
			.bodyText()
			.contains("href=\"/programmes/" + programme.id() + "/workplan/timeline\"", ">График<");
	}

	private ResultsTable.Row row(Programme programme, int year, Viewer viewer) {
		return this.table.of(programme.id(), year, viewer).levels().get(0).indicators().get(0).rows().get(0);
	}

	private Programme programme(Visibility visibility) {
		LocalDate today = this.register.today();
		return this.register.create(this.tj,
				new ProgrammeDetails(this.iom, null, text("Results test " + UUID.randomUUID()), null,
						today.minusYears(3), today.plusYears(2), EnumSet.of(ProgrammeTheme.PROTECTION), null,
						BudgetBand.UNKNOWN, null, null, visibility),
				ADMIN);
	}

	private static LocalizedText text(String en) {
		return LocalizedText.of(Map.of("en", en));
	}

}
