package org.hamkori.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Organisation;
import org.hamkori.issues.IssueRegister;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.shared.DemoData;
import org.hamkori.shared.DemoMode;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results framework as demo data (issue 17): the RCM's regional Labour Migration
 * Programme in Central Asia with an impact, an outcome on governance and one on
 * protection, two outputs each, their indicators with targets per year and area for the
 * last three whole years and this one, and actuals for the three whole years (on track,
 * at risk and off track all show); a workplan in the four countries and the region around
 * today; and the progress report of the last ended half-year as a draft. Figures are
 * synthetic. Everything goes through the services a secretariat uses, and is placed
 * relative to the application's clock. Some activities are guided by the CCM-TJ/1
 * decisions and the RCM's recommendation on recruitment fees, so the demo shows the loop
 * from a mechanism to the programme. Loaded once, in demo mode, after the programmes, the
 * meetings and the issues (orders 30–50).
 */
@Component
@Order(55)
class ResultsDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(ResultsDemoData.class);

	/** The programme's English title, by which the loader knows it is already there. */
	static final String TITLE = "Labour Migration Programme in Central Asia";

	/**
	 * The catalogue indicator the pre-departure output is linked to, when there is one.
	 */
	static final String PRE_DEPARTURE_CATALOGUE = "PREDEPARTURE_TRAINEES";

	static final String SOURCE = "Programme monitoring records (demo, synthetic)";

	/**
	 * Acts for the regional secretariat in the demo, so the audit reads like a real one.
	 */
	private static final Viewer DEMO = new Viewer(UUID.randomUUID(), "demo.secretariat", null, true, List.of());

	private final DemoMode demo;

	private final Directory directory;

	private final ProgrammeRegister register;

	private final ResultsFramework framework;

	private final ProgressReports reports;

	private final Guidance guidance;

	private final IssueRegister issues;

	ResultsDemoData(DemoMode demo, Directory directory, ProgrammeRegister register, ResultsFramework framework,
			ProgressReports reports, Guidance guidance, IssueRegister issues) {
		this.guidance = guidance;
		this.issues = issues;
		this.demo = demo;
		this.directory = directory;
		this.register = register;
		this.framework = framework;
		this.reports = reports;
	}

	@Override
	@Transactional
	public void load() {
		Mechanism rcm = this.directory.mechanisms().stream().filter(Mechanism::regional).findFirst().orElse(null);
		UUID iom = organisation("IOM", null);
		if (!this.demo.isEnabled() || rcm == null || iom == null
				|| this.register.ofMechanism(rcm.id(), DEMO)
					.stream()
					.anyMatch((p) -> TITLE.equals(p.title().get("en")))) {
			return;
		}
		LocalDate today = this.directory.today();
		int last = today.getYear() - 1;
		int first = last - 2;
		Programme programme = this.register.createForDemo(rcm.id(),
				new ProgrammeDetails(iom, organisation("SDC", null),
						text(TITLE, "Программа по трудовой миграции в Центральной Азии"),
						"Regional programme (demo): coordination mechanisms, labour-migration statistics, "
								+ "pre-departure orientation and legal aid for migrants in the four countries.",
						LocalDate.of(first - 1, 1, 1), LocalDate.of(today.getYear() + 1, 12, 31),
						EnumSet.of(ProgrammeTheme.PRE_DEPARTURE, ProgrammeTheme.PROTECTION,
								ProgrammeTheme.DATA_STATISTICS),
						"Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan", BudgetBand.OVER_5M, null, null,
						Visibility.PUBLIC));
		UUID id = programme.id();
		ProgrammeRef ref = this.framework.programme(id, DEMO);
		List<String> areas = this.framework.areas(ref);

		ResultLevel impact = level(id, null, ResultKind.IMPACT, "I",
				text("Labour migration in Central Asia is safe, orderly and regular",
						"Трудовая миграция в Центральной Азии безопасна, упорядочена и легальна"));
		ResultLevel governance = level(id, impact.id(), ResultKind.OUTCOME, "1",
				text("Governments govern labour migration together and on evidence",
						"Правительства совместно и на основе данных управляют трудовой миграцией"));
		ResultLevel protection = level(id, impact.id(), ResultKind.OUTCOME, "2",
				text("Migrants are protected before departure, abroad and on return",
						"Мигранты защищены до отъезда, за рубежом и по возвращении"));
		ResultLevel coordination = level(id, governance.id(), ResultKind.OUTPUT, "1.1",
				text("Coordination mechanisms meet and follow up their decisions",
						"Координационные механизмы заседают и выполняют свои решения"));
		ResultLevel statistics = level(id, governance.id(), ResultKind.OUTPUT, "1.2",
				text("Statistics offices publish labour-migration data on time",
						"Статистические службы своевременно публикуют данные о трудовой миграции"));
		ResultLevel orientation = level(id, protection.id(), ResultKind.OUTPUT, "2.1",
				text("Migrants receive pre-departure orientation", "Мигранты проходят предвыездную ориентацию"));
		ResultLevel legalAid = level(id, protection.id(), ResultKind.OUTPUT, "2.2",
				text("Migrants in difficulty get legal aid and fair recruitment",
						"Мигранты в трудной ситуации получают юридическую помощь и честный наём"));

		// targets: [first year, second, last] for each country; the region's own figure
		// is the countries' total (or, for a share, the same share)
		indicator(id, areas, coordination, "1.1.1",
				text("Share of mechanism decisions implemented on time", "Доля решений механизмов, выполненных в срок"),
				"%", "40", false, new long[] { 50, 60, 70 }, first);
		indicator(id, areas, statistics, "1.2.1",
				text("Labour-migration tables published on time",
						"Таблицы по трудовой миграции, опубликованные в срок"),
				"tables", "2", true, new long[] { 3, 4, 6 }, first);
		ResultIndicator trainees = indicator(id, areas, orientation, "2.1.1",
				text("Departing migrants who completed pre-departure orientation",
						"Выезжающие мигранты, прошедшие предвыездную ориентацию"),
				"persons", "1500", true, new long[] { 2000, 3000, 4000 }, first);
		if (this.framework.catalogue(ref).stream().anyMatch((s) -> s.code().equals(PRE_DEPARTURE_CATALOGUE))) {
			// actuals then come from the published figures where a country has them
			this.framework.updateIndicator(
					trainees.id(), new IndicatorDetails(trainees.levelId(), trainees.code(), trainees.name(),
							trainees.unit(), trainees.disaggregation(), "1500", first - 1, PRE_DEPARTURE_CATALOGUE),
					null, DEMO);
		}
		indicator(id, areas, legalAid, "2.2.1",
				text("Migrants assisted by legal aid", "Мигранты, получившие юридическую помощь"), "persons", "300",
				true, new long[] { 400, 600, 800 }, first);
		indicator(id, areas, legalAid, "2.2.2",
				text("Average recruitment cost paid by a migrant", "Средние расходы мигранта на трудоустройство"),
				"USD", "600", false, new long[] { 500, 420, 350 }, first);

		activities(id, today, coordination, statistics, orientation, legalAid);

		ResultPeriod half = (today.getMonthValue() > 6) ? new ResultPeriod(today.getYear(), 1)
				: new ResultPeriod(today.getYear() - 1, 2);
		ProgressReport report = this.reports.create(id, half.toString(), DEMO);
		this.reports.edit(report.id(), new ProgressReport.Narrative(
				"Draft (demo): the four mechanisms met as planned; orientation reached more migrants than in any "
						+ "half-year before.",
				"Governance outputs are on track; Kyrgyzstan's legal aid figures are off track.",
				"Orientation sessions continue in Kyrgyzstan and Tajikistan; the Kazakhstan workshop on "
						+ "administrative data is postponed.",
				"Restructuring of a ministry delays the data workshop; outreach in Almaty is cancelled."),
				report.version(), DEMO);
		log.info("Demo results framework loaded for the {} programme", TITLE);
	}

	private ResultLevel level(UUID programme, UUID parent, ResultKind kind, String code, LocalizedText title) {
		return this.framework.createLevel(programme, new LevelDetails(parent, kind, code, title), DEMO);
	}

	private ResultIndicator indicator(UUID programme, List<String> areas, ResultLevel level, String code,
			LocalizedText name, String unit, String baseline, boolean count, long[] targets, int first) {
		ResultIndicator indicator = this.framework.createIndicator(programme,
				new IndicatorDetails(level.id(), code, name, unit, "By country and sex", baseline, first - 1, null),
				DEMO);
		BigDecimal base = new BigDecimal(baseline);
		for (int y = 0; y < targets.length; y++) {
			int year = first + y;
			for (int a = 0; a < areas.size(); a++) {
				String area = areas.get(a);
				BigDecimal target = BigDecimal.valueOf(targets[y]);
				if (count && !Area.isRegion(area)) {
					// the countries share the region's target: 20, 25, 30, 25 %
					target = target.multiply(BigDecimal.valueOf(new int[] { 20, 25, 30, 25 }[a % 4]))
						.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
				}
				this.framework.setTarget(indicator.id(), year, area, target.toPlainString(), DEMO);
				BigDecimal share = achievement(code, area, y == targets.length - 1, a);
				boolean reduction = target.compareTo(base) < 0;
				BigDecimal actual = reduction ? target.divide(share, 0, RoundingMode.HALF_UP)
						: target.multiply(share).setScale(0, RoundingMode.HALF_UP);
				this.framework.setActual(indicator.id(), String.valueOf(year), area, actual.toPlainString(), SOURCE,
						null, DEMO);
			}
		}
		// this year's regional target stays as last year's until the actuals come in
		this.framework.setTarget(indicator.id(), first + targets.length, Area.REGION,
				BigDecimal.valueOf(targets[targets.length - 1]).toPlainString(), DEMO);
		return this.framework.indicator(indicator.id(), DEMO);
	}

	/**
	 * The achievement (actual over target) of an indicator in an area: on track mostly;
	 * in the last year the region's tables and the recruitment cost in Uzbekistan are at
	 * risk, Kyrgyzstan's legal aid off track.
	 */
	private static BigDecimal achievement(String code, String area, boolean lastYear, int index) {
		if (lastYear && "1.2.1".equals(code) && Area.isRegion(area)) {
			return new BigDecimal("0.70");
		}
		if (lastYear && "2.2.1".equals(code) && "KG".equals(area)) {
			return new BigDecimal("0.45");
		}
		if (lastYear && "2.2.2".equals(code) && "UZ".equals(area)) {
			return new BigDecimal("0.80");
		}
		return new BigDecimal(new String[] { "0.95", "1.04", "0.92", "1.10", "0.98" }[index % 5]);
	}

	private void activities(UUID programme, LocalDate today, ResultLevel coordination, ResultLevel statistics,
			ResultLevel orientation, ResultLevel legalAid) {
		UUID iom = organisation("IOM", null);
		Mechanism rcm = this.directory.mechanisms().stream().filter(Mechanism::regional).findFirst().orElseThrow();
		String fees = this.issues.of(DEMO, rcm)
			.stream()
			.filter((i) -> "Recruitment fees charged to migrant workers".equals(i.title().get("en")))
			.flatMap((i) -> this.issues.recommendationsOf(i.id()).stream())
			.findFirst()
			.map(this.issues::citation)
			.orElse(null);
		activity(programme, coordination, "A1", "Regional meeting of the coordination mechanisms",
				"Региональное совещание координационных механизмов", Area.REGION, iom, today.minusDays(60),
				today.minusDays(58), ActivityStatus.COMPLETED, null, "CCM-TJ/1/D3");
		activity(programme, coordination, "A2", "Training of the CCM secretariat on following up decisions",
				"Обучение секретариата КСМ контролю за выполнением решений", "TJ", organisation("MLME", "TJ"),
				today.minusDays(20), today.plusDays(40), ActivityStatus.ONGOING, null, "CCM-TJ/1/D1");
		activity(programme, coordination, "A3", "Support to the mechanism's annual work plan",
				"Поддержка годового плана работы механизма", "KG", organisation("IOM", "KG"), today.plusDays(10),
				today.plusDays(30), ActivityStatus.PLANNED, null);
		activity(programme, statistics, "A4", "Labour-migration module in the labour force survey",
				"Модуль о трудовой миграции в обследовании рабочей силы", "UZ", organisation("NSC-UZ", "UZ"),
				today.plusDays(30), today.plusDays(120), ActivityStatus.PLANNED, null);
		activity(programme, statistics, "A5", "Workshop on administrative data on foreign workers",
				"Семинар по административным данным об иностранных работниках", "KZ", organisation("BNS", "KZ"),
				today.plusDays(45), today.plusDays(47), ActivityStatus.POSTPONED,
				"The ministry is being restructured; moved to the next quarter.");
		activity(programme, orientation, "A6", "Orientation sessions in Khatlon", "Ориентационные занятия в Хатлоне",
				"TJ", organisation("IOM", "TJ"), today.minusDays(200), today.minusDays(100), ActivityStatus.COMPLETED,
				null);
		activity(programme, orientation, "A7", "Pre-departure orientation in Osh and Batken",
				"Предвыездная ориентация в Оше и Баткене", "KG", organisation("MLSSM", "KG"), today.minusDays(120),
				today.plusDays(60), ActivityStatus.ONGOING, null);
		activity(programme, legalAid, "A8", "Legal aid hotline for migrants abroad",
				"Горячая линия юридической помощи мигрантам за рубежом", "UZ", organisation("AELM", "UZ"),
				today.minusDays(30), today.plusDays(150), ActivityStatus.ONGOING, null);
		activity(programme, legalAid, "A9", "Outreach at migrant service centres in Almaty",
				"Информационная работа в центрах обслуживания мигрантов в Алматы", "KZ", organisation("IOM", "KZ"),
				today.plusDays(20), today.plusDays(40), ActivityStatus.CANCELLED,
				"Funds moved to the legal aid hotline after the donor's review.");
		activity(programme, legalAid, "A10", "Regional study on recruitment costs",
				"Региональное исследование расходов на трудоустройство", Area.REGION, iom, today.plusDays(60),
				today.plusDays(180), ActivityStatus.PLANNED, null, fees);
	}

	/** The demo activities' budgets in US dollars, by activity code (A3 has none yet). */
	private static final Map<String, BigDecimal> BUDGETS = Map.of("A1", new BigDecimal("48000"), "A2",
			new BigDecimal("15500"), "A4", new BigDecimal("62000"), "A5", new BigDecimal("8000"), "A6",
			new BigDecimal("21000"), "A7", new BigDecimal("34500"), "A8", new BigDecimal("56000"), "A9",
			new BigDecimal("12000"), "A10", new BigDecimal("75000"));

	private void activity(UUID programme, ResultLevel output, String code, String en, String ru, String area,
			UUID responsible, LocalDate start, LocalDate end, ActivityStatus status, String reason) {
		activity(programme, output, code, en, ru, area, responsible, start, end, status, reason, null);
	}

	/**
	 * An activity guided by a record of a mechanism, named when the demo holds it (the
	 * meetings' and issues' demo data may be missing).
	 */
	private void activity(UUID programme, ResultLevel output, String code, String en, String ru, String area,
			UUID responsible, LocalDate start, LocalDate end, ActivityStatus status, String reason, String guide) {
		String guidedBy = (guide != null) ? this.guidance.visibleCode(guide, DEMO).orElse(null) : null;
		BigDecimal amount = BUDGETS.get(code);
		this.guidance.create(programme,
				new ActivityDetails(output.id(), code, text(en, ru), area, responsible, start, end, status, reason,
						(amount != null) ? "BL " + output.code() : null, amount, (amount != null) ? "USD" : null),
				guidedBy, null, DEMO);
	}

	private UUID organisation(String acronym, String country) {
		return this.directory.organisations()
			.stream()
			.filter((o) -> acronym.equals(o.acronym()) && Objects.equals(country, o.countryCode()))
			.map(Organisation::id)
			.findFirst()
			.orElse(null);
	}

	private static LocalizedText text(String en, String ru) {
		return LocalizedText.of(Map.of("en", en, "ru", ru));
	}

}
