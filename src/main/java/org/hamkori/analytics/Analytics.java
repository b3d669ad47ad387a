package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.analytics.DataTable.Column;
import org.hamkori.analytics.DataTable.Observation;
import org.hamkori.analytics.DataTable.Row;
import org.hamkori.analytics.DataTable.View;
import org.hamkori.analytics.DerivedIndicators.Derived;
import org.hamkori.directory.Country;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads approved figures ({@code published_value}) for pages, dashboards, exports, the
 * trends brief and the API, always through {@link ValueVisibility}. Figures are read
 * straight from the table on every request (no cache, no batch job), so an approval shows
 * at once. Several institutions reporting the same indicator to one mechanism are added
 * up: a mechanism's figure for a period is the sum over its reporting institutions.
 * Totals are the rows whose seven dimensions are all {@code _T}; a breakdown by sex or
 * destination reads the rows coded on that dimension and total on the others.
 */
@Service
@Transactional(readOnly = true)
public class Analytics {

	/** The longest period range one table covers, in years. */
	public static final int MAX_YEARS = 30;

	/** What to show. */
	public record Query(View view, String indicator, int fromYear, int toYear, String period) {

		public Query {
			if (fromYear > toYear) {
				int swap = fromYear;
				fromYear = toYear;
				toYear = swap;
			}
			if (toYear - fromYear >= MAX_YEARS) {
				fromYear = toYear - MAX_YEARS + 1;
			}
		}

	}

	/** An indicator of the catalogue, or a derived one (with its formula). */
	public record Subject(String code, LocalizedText name, String unit, Formula formula) {

		public boolean isDerived() {
			return this.formula != null;
		}

	}

	/**
	 * One published figure with all its dimensions, as the API gives it, naming the data
	 * set it was reported in and the institution that reported it, so that figures of two
	 * sets of one indicator can be told apart.
	 */
	public record Figure(String mechanism, String indicator, String period, LocalDate periodStart, String periodicity,
			String sex, String age, String counterpartArea, String activity, String occupation, String education,
			String migrantCategory, BigDecimal value, Instant approvedAt, String dataSet, String reporter) {
	}

	/** Figures with the latest approval among them. */
	public record Figures(List<Figure> values, Instant dataAsOf, boolean truncated) {
	}

	static final int MAX_FIGURES = 10_000;

	private final JdbcClient jdbc;

	private final IndicatorCatalogue catalogue;

	private final DerivedIndicators derived;

	private final Directory directory;

	private final PublishedCells cells;

	Analytics(JdbcClient jdbc, IndicatorCatalogue catalogue, DerivedIndicators derived, Directory directory,
			PublishedCells cells) {
		this.cells = cells;
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.derived = derived;
		this.directory = directory;
	}

	/** The catalogue's indicators, then the derived ones that apply to the mechanism. */
	public List<Subject> subjects(UUID mechanismId) {
		List<Subject> result = new ArrayList<>();
		this.catalogue.indicators().forEach((i) -> result.add(new Subject(i.code(), i.name(), i.unit(), null)));
		this.derived.of(mechanismId).forEach((d) -> result.add(subjectOf(d)));
		return result;
	}

	public Optional<Subject> subject(UUID mechanismId, String code) {
		if (code == null) {
			return Optional.empty();
		}
		Optional<Subject> indicator = this.catalogue.indicator(code)
			.map((i) -> new Subject(i.code(), i.name(), i.unit(), null));
		return indicator.isPresent() ? indicator : this.derived.find(mechanismId, code).map(Analytics::subjectOf);
	}

	private static Subject subjectOf(Derived d) {
		return new Subject(d.code(), d.name(), d.unit(), d.formula());
	}

	/** The countries' mechanisms, in the directory's order. */
	public List<Mechanism> nationalMechanisms() {
		return this.directory.mechanisms().stream().filter((m) -> !m.regional()).toList();
	}

	/**
	 * A table of what the viewer may see.
	 * @throws NotFoundException when the indicator is neither in the catalogue nor a
	 * derived indicator of the mechanism
	 */
	public DataTable table(Mechanism mechanism, Query query, Viewer viewer) {
		Subject subject = subject(mechanism.id(), query.indicator()).orElseThrow(NotFoundException::new);
		View view = query.view();
		if (view == View.COMPARISON && !mechanism.regional()) {
			view = View.SERIES;
		}
		List<Mechanism> mechanisms = (view == View.COMPARISON) ? nationalMechanisms() : List.of(mechanism);
		List<UUID> ids = mechanisms.stream().map(Mechanism::id).toList();
		LocalDate from = LocalDate.of(query.fromYear(), 1, 1);
		LocalDate to = LocalDate.of(query.toYear(), 12, 31);
		List<String> inputs = subject.isDerived() ? List.copyOf(subject.formula().variables())
				: List.of(subject.code());
		String period = null;
		List<String> periodNames = List.of();
		if (view.isBreakdown()) {
			List<PublishedCells.Period> periods = this.cells.periods(ids, inputs, view, from, to, viewer);
			periodNames = periods.stream().map(PublishedCells.Period::period).toList();
			Optional<PublishedCells.Period> chosen = periods.stream()
				.filter((p) -> p.period().equals(query.period()))
				.findFirst()
				.or(() -> periods.stream().findFirst());
			if (chosen.isEmpty()) {
				return pivot(mechanism, subject, query, view, null, periodNames, mechanisms, List.of());
			}
			period = chosen.get().period();
			from = chosen.get().start();
			to = chosen.get().start();
		}
		Map<String, List<PublishedCell>> byInput = new LinkedHashMap<>();
		for (String input : inputs) {
			byInput.put(input, this.cells.cells(ids, input, view, from, to, period, viewer));
		}
		List<PublishedCell> cells = subject.isDerived()
				? DerivedCells.derive(subject.formula(), DerivedCells.alignPeriods(byInput, this::aggregation))
				: byInput.get(subject.code());
		return pivot(mechanism, subject, query, view, period, periodNames, mechanisms, cells);
	}

	private DataTable pivot(Mechanism mechanism, Subject subject, Query query, View view, String period,
			List<String> periods, List<Mechanism> mechanisms, List<PublishedCell> cells) {
		Map<String, Country> countries = this.directory.countries();
		Map<UUID, Mechanism> mechanismById = new HashMap<>();
		mechanisms.forEach((m) -> mechanismById.put(m.id(), m));
		Instant dataAsOf = cells.stream()
			.map(PublishedCell::approvedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		List<Column> columns = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		List<Observation> observations = new ArrayList<>();
		if (view.isBreakdown()) {
			columns.add(new Column(period, LocalizedText.of("en", (period != null) ? period : "")));
			Map<String, LocalizedText> labels = codeLabels((view == View.SEX) ? "SEX" : "COUNTERPART_AREA");
			List<String> order = new ArrayList<>(labels.keySet());
			List<PublishedCell> sorted = new ArrayList<>(cells);
			if (view == View.SEX) {
				sorted.sort(Comparator.comparingInt((PublishedCell c) -> {
					int index = order.indexOf(c.code());
					return (index < 0) ? Integer.MAX_VALUE : index;
				}).thenComparing(PublishedCell::code));
			}
			else {
				sorted.sort(Comparator.comparing(PublishedCell::value).reversed().thenComparing(PublishedCell::code));
			}
			for (PublishedCell c : sorted) {
				rows.add(new Row(c.code(), labels.getOrDefault(c.code(), LocalizedText.of("en", c.code())),
						java.util.Collections.singletonList(c.value())));
				observations.add(new Observation(refArea(mechanism, countries), c.period(),
						(view == View.SEX) ? c.code() : "_T", (view == View.DESTINATION) ? c.code() : "_T", c.value()));
			}
		}
		else {
			for (Mechanism m : mechanisms) {
				LocalizedText label = (view == View.COMPARISON) ? countryName(m, countries) : subject.name();
				columns.add(new Column(m.code(), label));
			}
			Map<String, LocalDate> starts = new HashMap<>();
			Map<String, Map<UUID, BigDecimal>> byPeriod = new HashMap<>();
			for (PublishedCell c : cells) {
				starts.merge(c.period(), c.periodStart(), (a, b) -> a.isBefore(b) ? a : b);
				byPeriod.computeIfAbsent(c.period(), (k) -> new HashMap<>()).put(c.mechanismId(), c.value());
			}
			List<String> ordered = new ArrayList<>(starts.keySet());
			ordered.sort(Comparator.comparing((String p) -> starts.get(p)).thenComparing(Comparator.naturalOrder()));
			for (String p : ordered) {
				List<BigDecimal> values = new ArrayList<>();
				for (Mechanism m : mechanisms) {
					BigDecimal value = byPeriod.get(p).get(m.id());
					values.add(value);
					if (value != null) {
						observations.add(new Observation(refArea(m, countries), p, "_T", "_T", value));
					}
				}
				rows.add(new Row(p, LocalizedText.of("en", p), values));
			}
		}
		return new DataTable(view, mechanism.code(), subject.code(), subject.name(), subject.unit(), query.fromYear(),
				query.toYear(), period, periods, List.copyOf(columns), List.copyOf(rows), List.copyOf(observations),
				dataAsOf);
	}

	private String aggregation(String indicator) {
		return this.catalogue.indicator(indicator).map(IndicatorCatalogue.Indicator::aggregation).orElse("SUM");
	}

	private Map<String, LocalizedText> codeLabels(String dimension) {
		Map<String, LocalizedText> labels = new LinkedHashMap<>();
		this.catalogue.dimensions()
			.stream()
			.filter((d) -> d.code().equals(dimension))
			.flatMap((d) -> d.codes().stream())
			.forEach((c) -> labels.put(c.code(), c.name()));
		return labels;
	}

	private static LocalizedText countryName(Mechanism m, Map<String, Country> countries) {
		Country country = (m.countryCode() != null) ? countries.get(m.countryCode()) : null;
		return (country != null) ? country.name() : m.name();
	}

	/**
	 * ISO 3166-1 alpha-3 of the mechanism's country, or the regional mechanism's code.
	 */
	public String refArea(Mechanism m) {
		return refArea(m, this.directory.countries());
	}

	private static String refArea(Mechanism m, Map<String, Country> countries) {
		Country country = (m.countryCode() != null) ? countries.get(m.countryCode()) : null;
		return (country != null) ? country.alpha3() : m.code();
	}

	/**
	 * The published figures of a mechanism's indicator in a year range that the viewer
	 * may see, with every dimension, at most {@value #MAX_FIGURES}: the whole range,
	 * never narrowed to {@value #MAX_YEARS} years as a table is; a longer answer is cut
	 * and says so.
	 */
	public Figures figures(Mechanism mechanism, String indicator, int fromYear, int toYear, Viewer viewer) {
		int from = Math.min(fromYear, toYear);
		int to = Math.max(fromYear, toYear);
		ValueVisibility.Condition visible = ValueVisibility.of(viewer, "pv");
		List<Figure> values = this.jdbc.sql("""
				select pv.indicator, pv.period, pv.period_start, pv.periodicity, pv.sex, pv.age, pv.counterpart_area,
				pv.activity, pv.occupation, pv.education, pv.migrant_category, pv.obs_value, pv.approved_at,
				ds.code, org.acronym
				from published_value pv
				join data_set ds on ds.id = pv.data_set_id
				join reporting_obligation ob on ob.id = pv.obligation_id
				join organisation org on org.id = ob.organisation_id
				where pv.mechanism_id = :mechanism and pv.indicator = :indicator
				and pv.period_start >= :from and pv.period_start <= :to and """ + " " + visible.sql() + """
				 order by pv.period_start, pv.period, pv.sex, pv.age, pv.counterpart_area, pv.activity, pv.occupation,
				pv.education, pv.migrant_category""")
			.param("mechanism", mechanism.id())
			.param("indicator", indicator)
			.param("from", LocalDate.of(from, 1, 1))
			.param("to", LocalDate.of(to, 12, 31))
			.params(visible.parameters())
			.withMaxRows(MAX_FIGURES + 1)
			.query((rs, n) -> new Figure(mechanism.code(), rs.getString(1), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
					org.hamkori.shared.text.Decimals.exact(rs.getBigDecimal(12)), PublishedCells.instant(rs, 13),
					rs.getString(14), rs.getString(15)))
			.list();
		boolean truncated = values.size() > MAX_FIGURES;
		List<Figure> shown = truncated ? values.subList(0, MAX_FIGURES) : values;
		Instant dataAsOf = shown.stream()
			.map(Figure::approvedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new Figures(List.copyOf(shown), dataAsOf, truncated);
	}

}
