package org.hamkori.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Organisation;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.StatisticsDemoFigures.Cell;
import org.hamkori.reporting.StatisticsDemoFigures.Profile;
import org.hamkori.reporting.StatisticsDemoFigures.Sheet;
import org.hamkori.shared.DemoData;
import org.hamkori.shared.DemoMode;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic figures for the data exchange, so that dashboards, the cross-country
 * comparison, the completeness overview and the trends brief have something to show. Each
 * of the four national mechanisms gets three data sets named as synthetic demo data:
 * monthly labour migration flows (migration service or labour ministry), quarterly
 * remittances (national bank) and the quarterly labour market (statistics agency), every
 * period from January 2022 that has ended. The figures are invented (see
 * {@link StatisticsDemoFigures}) and go through the one import and the submission
 * workflow as the reporters and secretariats would: most periods approved on time and
 * accepted for the regional view, some late, a few returned and corrected, a few revised,
 * the newest ones still drafts or waiting for approval, and the last ended quarter of
 * Tajikistan's remittances not reported at all (for the browser test that uploads it).
 * Loaded once, in one transaction, in demo mode, after the directory and the accounts.
 */
@Component
@Order(70)
class StatisticsDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(StatisticsDemoData.class);

	static final String FLOWS = "DEMO_FLOWS";

	static final String REMITTANCES = "DEMO_REMITTANCES";

	static final String LABOUR_MARKET = "DEMO_LABOUR_MARKET";

	static final List<String> CODES = List.of(FLOWS, REMITTANCES, LABOUR_MARKET);

	private static final Period FIRST_MONTH = Period.of("2022-01");

	private static final Period FIRST_QUARTER = Period.of("2022-Q1");

	private static final Map<String, Double> FLOW_THRESHOLDS = Map.of("DEPARTURES", 40.0, "RETURNS", 50.0);

	private static final Map<String, Double> REMITTANCE_THRESHOLDS = Map.of("REMITTANCES", 25.0);

	private static final Map<String, Double> LABOUR_THRESHOLDS = Map.of("LABOUR_FORCE", 10.0, "EMPLOYMENT", 10.0,
			"UNEMPLOYMENT", 25.0);

	static final List<Profile> PROFILES = List.of(
			new Profile("CCM-KZ", "KAZ", 7, 2600, 0.10, 7, 0.47, 0.02,
					shares("RUS", 0.52, "TUR", 0.06, "KOR", 0.14, "ARE", 0.05, "_O", 0.23), 1900, 1.4e8, 0.03,
					shares("RUS", 0.56, "TUR", 0.08, "KOR", 0.14, "_O", 0.22), 9_700_000, 0.047, 0.48),
			new Profile("CCM-KG", "KGZ", 11, 26000, 0.22, 4, 0.36, 0.01,
					shares("RUS", 0.68, "KAZ", 0.16, "TUR", 0.07, "KOR", 0.04, "ARE", 0.01, "_O", 0.04), 21000, 1.05e9,
					0.03, shares("RUS", 0.80, "KAZ", 0.08, "TUR", 0.04, "KOR", 0.04, "_O", 0.04), 2_750_000, 0.055,
					0.40),
			new Profile("CCM-TJ", "TJK", 13, 48000, 0.28, 4, 0.14, 0.02,
					shares("RUS", 0.80, "KAZ", 0.07, "TUR", 0.03, "KOR", 0.02, "ARE", 0.02, "_O", 0.06), 38000, 1.25e9,
					0.05, shares("RUS", 0.86, "KAZ", 0.05, "TUR", 0.02, "KOR", 0.02, "_O", 0.05), 2_450_000, 0.072,
					0.38),
			new Profile("CCM-UZ", "UZB", 17, 92000, 0.24, 3, 0.19, 0.04,
					shares("RUS", 0.62, "KAZ", 0.13, "TUR", 0.08, "KOR", 0.06, "ARE", 0.03, "_O", 0.08), 76000, 3.4e9,
					0.06, shares("RUS", 0.74, "KAZ", 0.08, "TUR", 0.04, "KOR", 0.06, "_O", 0.08), 15_100_000, 0.068,
					0.41));

	/** Who reports what in each country: flows, remittances, labour market. */
	private static final Map<String, List<String[]>> REPORTERS = Map.of("CCM-KZ",
			List.of(new String[] { "MLSPP", "KZ" }, new String[] { "NBK", "KZ" }, new String[] { "BNS", "KZ" }),
			"CCM-KG",
			List.of(new String[] { "MLSSM", "KG" }, new String[] { "NBKR", "KG" }, new String[] { "NSC", "KG" }),
			"CCM-TJ",
			List.of(new String[] { "MS", "TJ" }, new String[] { "NBT", "TJ" }, new String[] { "TAJSTAT", "TJ" }),
			"CCM-UZ",
			List.of(new String[] { "AELM", "UZ" }, new String[] { "CBU", "UZ" }, new String[] { "NSC-UZ", "UZ" }));

	private final DemoMode demo;

	private final Directory directory;

	private final DataSets dataSets;

	private final DataImport imports;

	private final Submissions submissions;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	StatisticsDemoData(DemoMode demo, Directory directory, DataSets dataSets, DataImport imports,
			Submissions submissions, JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.demo = demo;
		this.directory = directory;
		this.dataSets = dataSets;
		this.imports = imports;
		this.submissions = submissions;
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void load() {
		if (!this.demo.isEnabled() || this.directory.mechanism("CCM-TJ").isEmpty() || organisation("NBT", "TJ") == null
				|| this.jdbc.sql("select count(*) from data_set where code in (?, ?, ?)")
					.params(FLOWS, REMITTANCES, LABOUR_MARKET)
					.query(Long.class)
					.single() > 0) {
			return;
		}
		long started = System.nanoTime();
		Load load = new Load();
		for (Profile profile : PROFILES) {
			load.country(profile);
		}
		load.reports.finish();
		log.info("Demo statistics loaded: {} data sets, {} reports in {} ms", CODES.size() * PROFILES.size(),
				load.reports.reports, Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/**
	 * The newest period the demo story reports: the last one that ended at least four
	 * hours ago (UTC), so every step of its history can be dated after the period's end
	 * and still lie hours in the past, even in the first minutes of a month.
	 */
	public Period newestPeriod(Periodicity periodicity) {
		LocalDate storyDay = OffsetDateTime.now(this.clock).minusHours(4).toLocalDate();
		return Period.containing(periodicity, storyDay).previous();
	}

	private final class Load {

		private final DemoReports reports = new DemoReports(StatisticsDemoData.this.directory,
				StatisticsDemoData.this.dataSets, StatisticsDemoData.this.imports, StatisticsDemoData.this.submissions,
				StatisticsDemoData.this.jdbc, StatisticsDemoData.this.template, StatisticsDemoData.this.clock);

		void country(Profile profile) {
			Mechanism mechanism = StatisticsDemoData.this.directory.mechanismOrThrow(profile.mechanism());
			ZoneId zone = ZoneId.of(mechanism.timeZone());
			String country = mechanism.countryCode().toLowerCase(Locale.ROOT);
			Viewer secretariat = new Viewer(UUID.randomUUID(), "secretariat." + country, null, false,
					List.of(new Viewer.Seat(mechanism.id(), mechanism.code(), false, MembershipRole.SECRETARIAT)));
			List<String[]> reporters = REPORTERS.get(profile.mechanism());
			Period lastMonth = newestPeriod(Periodicity.MONTHLY);
			Period lastQuarter = newestPeriod(Periodicity.QUARTERLY);

			DataSet flows = create(mechanism, secretariat, FLOWS, Periodicity.MONTHLY, Visibility.MEMBERS,
					names("Labour migration flows", "Потоки трудовой миграции", "Ҷараёнҳои муҳоҷирати меҳнатӣ"),
					List.of(new DataSet.Item("DEPARTURES", List.of("COUNTERPART_AREA", "SEX"), true, null,
							new BigDecimal("1000000"), new BigDecimal("40"), BigDecimal.ONE),
							new DataSet.Item("RETURNS", List.of(), true, null, new BigDecimal("1000000"),
									new BigDecimal("50"), BigDecimal.ONE)));
			DataSet remittances = create(mechanism, secretariat, REMITTANCES, Periodicity.QUARTERLY, Visibility.MEMBERS,
					names("Remittances received", "Полученные денежные переводы", "Интиқоли пули гирифташуда"),
					List.of(new DataSet.Item("REMITTANCES", List.of("COUNTERPART_AREA"), true, null, null,
							new BigDecimal("25"), BigDecimal.ONE)));
			DataSet labour = create(mechanism, secretariat, LABOUR_MARKET, Periodicity.QUARTERLY, Visibility.PUBLIC,
					names("Labour market", "Рынок труда", "Бозори меҳнат"),
					List.of(new DataSet.Item("LABOUR_FORCE", List.of("SEX"), true, null, null, new BigDecimal("10"),
							BigDecimal.ONE),
							new DataSet.Item("EMPLOYMENT", List.of("SEX"), true, null, null, new BigDecimal("10"),
									BigDecimal.ONE),
							new DataSet.Item("UNEMPLOYMENT", List.of("SEX"), true, null, null, new BigDecimal("25"),
									BigDecimal.ONE)));

			List<Sheet> flowSheets = StatisticsDemoFigures.flows(profile, FIRST_MONTH, lastMonth);
			StatisticsDemoFigures.noteChanges(flowSheets, FLOW_THRESHOLDS, 0.8);
			List<Sheet> remittanceSheets = StatisticsDemoFigures.remittances(profile, FIRST_QUARTER, lastQuarter);
			StatisticsDemoFigures.noteChanges(remittanceSheets, REMITTANCE_THRESHOLDS, 0.8);
			List<Sheet> labourSheets = StatisticsDemoFigures.labourMarket(profile, FIRST_QUARTER, lastQuarter);
			StatisticsDemoFigures.noteChanges(labourSheets, LABOUR_THRESHOLDS, 0.8);

			DemoStory flowStory = new DemoStory();
			DemoStory remittanceStory = new DemoStory();
			DemoStory labourStory = new DemoStory();
			switch (profile.mechanism()) {
				case "CCM-TJ" -> {
					flowStory
						.returned("2024-03",
								"The figures for women and men look swapped (women 86 %). Please check them against"
										+ " the border register and send them again.",
								(s) -> s.swap(new Cell("DEPARTURES", "F", "_T"), new Cell("DEPARTURES", "M", "_T")))
						.revised("2023-11", "Late border-crossing records from the Panjakent checkpoint added.",
								(s) -> s.shift("DEPARTURES", "M", "RUS", -Math.round(s.total("DEPARTURES") * 0.03)))
						.late("2022-08", "2025-01");
					flowStory.newest = SubmissionStatus.SUBMITTED;
					flowStory.lastNotAccepted = true;
					remittanceStory.revised("2023-Q2", "Revised after the annual balance-of-payments reconciliation.",
							(s) -> s.shift("REMITTANCES", "_T", "RUS",
									-Math.round(s.total("REMITTANCES") * 0.025 / 1000) * 1000))
						.late("2024-Q4");
					remittanceStory.missing.add(lastQuarter);
					labourStory
						.returned("2025-Q2",
								"Employment and unemployment of women do not add up to the female labour force."
										+ " Please correct employment.",
								(s) -> s.shift("EMPLOYMENT", "F", "_T", 40_000))
						.revised("2024-Q4", "Survey re-weighted to the population estimates of 2025.", (s) -> {
							s.shift("LABOUR_FORCE", "M", "_T", -9_000);
							s.shift("EMPLOYMENT", "M", "_T", -9_000);
						})
						.late("2023-Q1");
					labourStory.newest = SubmissionStatus.DRAFT;
				}
				case "CCM-KG" -> {
					flowStory.newest = SubmissionStatus.DRAFT;
					flowStory.late("2023-01");
					remittanceStory.returned("2023-Q3",
							"Transfers from Kazakhstan are twice those in the bank's own bulletin. Please check.",
							(s) -> s.shift("REMITTANCES", "_T", "KAZ", s.get(new Cell("REMITTANCES", "_T", "KAZ"))));
					remittanceStory.newest = SubmissionStatus.SUBMITTED;
					remittanceStory.lastNotAccepted = true;
					labourStory.newest = SubmissionStatus.DRAFT;
				}
				case "CCM-UZ" -> {
					flowStory.revised("2025-06", "Departures through private employment agencies added.",
							(s) -> s.shift("DEPARTURES", "M", "_O", -Math.round(s.total("DEPARTURES") * 0.02)));
					flowStory.lastNotReleased = true;
					remittanceStory.newest = SubmissionStatus.SUBMITTED;
					remittanceStory.lateShare = 0.15;
					labourStory.missing.add(lastQuarter);
				}
				default -> {
					flowStory.missing.add(lastMonth);
					flowStory.lateShare = 0.12;
				}
			}

			this.reports.report(mechanism, zone, flows, organisation(reporters.get(0)), 20, FIRST_MONTH, flowSheets,
					flowStory, reporter(mechanism, reporters.get(0)), secretariat);
			this.reports.report(mechanism, zone, remittances, organisation(reporters.get(1)), 45, FIRST_QUARTER,
					remittanceSheets, remittanceStory, reporter(mechanism, reporters.get(1)), secretariat);
			this.reports.report(mechanism, zone, labour, organisation(reporters.get(2)), 60, FIRST_QUARTER,
					labourSheets, labourStory, reporter(mechanism, reporters.get(2)), secretariat);
		}

		private DataSet create(Mechanism mechanism, Viewer secretariat, String code, Periodicity periodicity,
				Visibility visibility, LocalizedText name, List<DataSet.Item> items) {
			return StatisticsDemoData.this.dataSets.create(mechanism.id(), code, name, periodicity, visibility, items,
					secretariat);
		}

		private Viewer reporter(Mechanism mechanism, String[] organisation) {
			String name = "focal." + organisation[0].toLowerCase(Locale.ROOT).replace("-uz", "") + "."
					+ organisation[1].toLowerCase(Locale.ROOT);
			return new Viewer(UUID.randomUUID(), name, null, false, List.of(new Viewer.Seat(mechanism.id(),
					mechanism.code(), false, MembershipRole.FOCAL_POINT, organisation(organisation))));
		}

		private UUID organisation(String[] organisation) {
			UUID id = StatisticsDemoData.this.organisation(organisation[0], organisation[1]);
			if (id == null) {
				throw new IllegalStateException("Demo organisation missing: " + String.join("/", organisation));
			}
			return id;
		}

	}

	private UUID organisation(String acronym, String country) {
		return this.directory.organisations()
			.stream()
			.filter((o) -> acronym.equals(o.acronym()) && country.equals(o.countryCode()))
			.map(Organisation::id)
			.findFirst()
			.orElse(null);
	}

	private static LocalizedText names(String en, String ru, String tg) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("en", en + " (synthetic demo data)");
		names.put("ru", ru + " (синтетические демонстрационные данные)");
		names.put("tg", tg + " (маълумоти синтетикии намоишӣ)");
		return LocalizedText.of(names);
	}

	private static Map<String, Double> shares(Object... pairs) {
		Map<String, Double> shares = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			shares.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
		}
		return shares;
	}

}
