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
import java.util.stream.Collectors;

import org.hamkori.analytics.DataTable.View;
import org.hamkori.analytics.DerivedIndicators.Derived;
import org.hamkori.directory.Country;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads approved figures ({@code published_value}) for pages, dashboards, exports, the
 * trends brief and the API, always through {@link ValueVisibility}. Figures are read
 * straight from the table on every request (no cache, no batch job), so an approval shows
 * at once. Figures are never added across series (decision 0026): each institution's
 * obligation and each reference set's country is a series of its own, shown in its own
 * column at one frequency. Totals are the rows whose seven dimensions are all {@code _T};
 * a breakdown by sex or destination reads the rows coded on that dimension and total on
 * the others.
 */
@Service
@Transactional(readOnly = true)
public class Analytics {

	/**
	 * The longest period range one table covers, in years: two centuries of history. A
	 * longer range is refused, never narrowed.
	 */
	public static final int MAX_YEARS = 200;

	/**
	 * What to show: the frequency of a series view (null for the coarsest there is) is
	 * chosen by the reader, never mixed.
	 */
	public record Query(View view, String indicator, int fromYear, int toYear, String period, Periodicity frequency) {

		public Query(View view, String indicator, int fromYear, int toYear, String period) {
			this(view, indicator, fromYear, toYear, period, null);
		}

		public Query {
			if (fromYear > toYear) {
				int swap = fromYear;
				fromYear = toYear;
				toYear = swap;
			}
			if (toYear - fromYear >= MAX_YEARS) {
				// the pages and the API refuse such a range first, naming the limit
				throw new IllegalArgumentException(
						"A table covers at most " + MAX_YEARS + " years, not " + fromYear + "-" + toYear);
			}
		}

	}

	/** An indicator of the catalogue, or a derived one (with its formula). */
	public record Subject(String code, LocalizedText name, String unit, Formula formula) {

		public boolean isDerived() {
			return this.formula != null;
		}

	}

	private final JdbcClient jdbc;

	private final IndicatorCatalogue catalogue;

	private final DerivedIndicators derived;

	private final Directory directory;

	private final PublishedCells cells;

	private final SeriesSources sources;

	private final MessageSource messages;

	Analytics(JdbcClient jdbc, IndicatorCatalogue catalogue, DerivedIndicators derived, Directory directory,
			PublishedCells cells, SeriesSources sources, MessageSource messages) {
		this.cells = cells;
		this.sources = sources;
		this.messages = messages;
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
	 * A table of what the viewer may see: one column per series (decision 0026), all at
	 * one frequency, the query's or else the coarsest any series has; a finer series is
	 * converted by its indicator's rule and says so, a coarser one is left out.
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
		Map<String, Country> countries = this.directory.countries();
		Map<String, UUID> areas = new HashMap<>();
		Map<UUID, String> refAreas = new HashMap<>();
		Map<UUID, LocalizedText> countryNames = new HashMap<>();
		for (Mechanism m : mechanisms) {
			Country country = (m.countryCode() != null) ? countries.get(m.countryCode()) : null;
			if (country != null) {
				areas.put(country.alpha3(), m.id());
			}
			refAreas.put(m.id(), refArea(m, countries));
			countryNames.put(m.id(), countryName(m, countries));
		}
		LocalDate from = LocalDate.of(query.fromYear(), 1, 1);
		LocalDate to = LocalDate.of(query.toYear(), 12, 31);
		List<String> inputs = subject.isDerived() ? List.copyOf(subject.formula().variables())
				: List.of(subject.code());
		String period = null;
		List<String> periodNames = List.of();
		if (view.isBreakdown()) {
			List<PublishedCells.Period> periods = this.cells.periods(ids, areas, inputs, view, from, to, viewer);
			periodNames = periods.stream().map(PublishedCells.Period::period).toList();
			Optional<PublishedCells.Period> chosen = periods.stream()
				.filter((p) -> p.period().equals(query.period()))
				.findFirst()
				.or(() -> periods.stream().findFirst());
			if (chosen.isPresent()) {
				period = chosen.get().period();
				from = chosen.get().start();
				to = chosen.get().start();
			}
		}
		Map<String, List<PublishedCell>> byInput = new LinkedHashMap<>();
		if (!view.isBreakdown() || period != null) {
			for (String input : inputs) {
				byInput.put(input, this.cells.cells(ids, areas, input, view, from, to, period, viewer));
			}
		}
		List<Periodicity> frequencies = byInput.values()
			.stream()
			.flatMap(List::stream)
			.flatMap((c) -> c.series().stream())
			.map(SeriesKey::frequency)
			.distinct()
			.sorted(Comparator.comparingInt(DerivedCells::months))
			.toList();
		Periodicity frequency = (period != null) ? org.hamkori.indicators.Period.parse(period)
			.map(org.hamkori.indicators.Period::periodicity)
			.orElse(null) : chooseFrequency(query.frequency(), frequencies);
		List<String> aggregations = inputs.stream().map(this::aggregation).toList();
		Map<String, List<PublishedCell>> converted = new LinkedHashMap<>();
		byInput.forEach((input, list) -> converted.put(input,
				(frequency != null) ? DerivedCells.convert(list, frequency, aggregation(input)) : list));
		List<PublishedCell> shown = subject.isDerived() ? DerivedCells.derive(subject.formula(), converted)
				: converted.getOrDefault(subject.code(), List.of());
		Map<SeriesKey, DataTable.Source> sources = this.sources
			.describe(shown.stream().flatMap((c) -> c.series().stream()).collect(Collectors.toSet()));
		SeriesTable.Context context = new SeriesTable.Context(view, subject, mechanisms, sources, aggregations,
				frequency, countryNames, refAreas,
				view.isBreakdown() ? codeLabels((view == View.SEX) ? "SEX" : "COUNTERPART_AREA") : Map.of(),
				(key, locale) -> this.messages.getMessage(key, null, key, locale));
		return SeriesTable.build(context, mechanism, query, period, periodNames, frequencies, shown);
	}

	/**
	 * The frequency asked for when any series can be shown at it, else the coarsest any
	 * series has (to which every finer one converts).
	 */
	private static Periodicity chooseFrequency(Periodicity asked, List<Periodicity> available) {
		if (asked != null && available.stream().anyMatch((f) -> DerivedCells.convertible(f, asked))) {
			return asked;
		}
		return available.isEmpty() ? asked : available.get(available.size() - 1);
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

}
