package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.hamkori.analytics.DataTable.Column;
import org.hamkori.analytics.DataTable.Observation;
import org.hamkori.analytics.DataTable.Row;
import org.hamkori.analytics.DataTable.Source;
import org.hamkori.analytics.DataTable.View;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.i18n.LocalizedText;

/**
 * Lays cells out as a {@link DataTable}: one column per series (decision 0026), grouped
 * by country in the directory's order. A country with one series is labelled by its name
 * (comparison) or its source (series, breakdowns); with several, each column says its
 * source, and its data set where two share a source. A series converted to the table's
 * frequency says by which rule. Plain calculation, with no database.
 */
final class SeriesTable {

	/**
	 * What the layout needs besides the cells: the sources, each input's aggregation rule
	 * (in the formula's order), each mechanism's country name and ISO code, the names of
	 * breakdown codes and the bundles' messages.
	 */
	record Context(View view, Analytics.Subject subject, List<Mechanism> mechanisms, Map<SeriesKey, Source> sources,
			List<String> aggregations, Periodicity frequency, Map<UUID, LocalizedText> countryNames,
			Map<UUID, String> refAreas, Map<String, LocalizedText> codeLabels,
			BiFunction<String, Locale, String> messages) {
	}

	private record Series(UUID mechanismId, List<SeriesKey> keys) {
	}

	private SeriesTable() {
	}

	static DataTable build(Context context, Mechanism mechanism, Analytics.Query query, String period,
			List<String> periods, List<Periodicity> frequencies, List<PublishedCell> cells) {
		View view = context.view();
		Map<Series, List<PublishedCell>> bySeries = new LinkedHashMap<>();
		for (PublishedCell c : cells) {
			bySeries.computeIfAbsent(new Series(c.mechanismId(), c.series()), (s) -> new ArrayList<>()).add(c);
		}
		List<Column> columns = new ArrayList<>();
		Map<Series, String> keyOf = new HashMap<>();
		for (Mechanism m : context.mechanisms()) {
			List<Series> own = bySeries.keySet()
				.stream()
				.filter((s) -> s.mechanismId().equals(m.id()))
				.sorted(Comparator.comparing((Series s) -> s.keys().get(0).isReference())
					.thenComparing((s) -> label(context, s).in(Locale.ENGLISH)))
				.toList();
			LocalizedText country = context.countryNames().get(m.id());
			// one series of a breakdown is headed by its period, as the caption names its
			// source
			boolean byPeriod = view.isBreakdown() && own.size() <= 1;
			if (own.isEmpty()) {
				columns.add(byPeriod
						? new Column(period, LocalizedText.of("en", (period != null) ? period : ""),
								context.refAreas().get(m.id()), List.of())
						: new Column(m.code(), (view == View.COMPARISON) ? country : context.subject().name(),
								context.refAreas().get(m.id()), List.of()));
			}
			for (int i = 0; i < own.size(); i++) {
				Series s = own.get(i);
				String key = byPeriod ? period : (own.size() == 1) ? m.code() : m.code() + ":" + (i + 1);
				LocalizedText label = byPeriod ? LocalizedText.of("en", period) : label(context, s, own);
				if (view == View.COMPARISON) {
					label = (own.size() == 1 && !converted(context, s)) ? country : join(country, " — ", label);
				}
				keyOf.put(s, key);
				columns.add(new Column(key, label, context.refAreas().get(m.id()), sources(context, s)));
			}
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			index.put(columns.get(i).key(), i);
		}
		List<Observation> observations = new ArrayList<>();
		Map<String, BigDecimal[]> byRow = new LinkedHashMap<>();
		Map<String, java.time.LocalDate> starts = new HashMap<>();
		bySeries.forEach((s, list) -> {
			String key = keyOf.get(s);
			if (key == null) {
				return;
			}
			for (PublishedCell c : list) {
				String row = view.isBreakdown() ? c.code() : c.period();
				byRow.computeIfAbsent(row, (r) -> new BigDecimal[columns.size()])[index.get(key)] = c.value();
				starts.merge(c.period(), c.periodStart(), (a, b) -> a.isBefore(b) ? a : b);
				observations.add(new Observation(context.refAreas().getOrDefault(s.mechanismId(), mechanism.code()),
						c.period(), (view == View.SEX) ? c.code() : "_T", (view == View.DESTINATION) ? c.code() : "_T",
						c.value(), key));
			}
		});
		List<String> order = new ArrayList<>(byRow.keySet());
		if (view == View.SEX) {
			List<String> codes = new ArrayList<>(context.codeLabels().keySet());
			order.sort(Comparator.comparingInt((String c) -> codes.contains(c) ? codes.indexOf(c) : Integer.MAX_VALUE)
				.thenComparing(Comparator.naturalOrder()));
		}
		else if (view == View.DESTINATION) {
			order.sort(Comparator.comparing((String c) -> largest(byRow.get(c)))
				.reversed()
				.thenComparing(Comparator.naturalOrder()));
		}
		else {
			order.sort(Comparator.comparing((String p) -> starts.get(p)).thenComparing(Comparator.naturalOrder()));
		}
		List<Row> rows = new ArrayList<>();
		for (String r : order) {
			LocalizedText label = view.isBreakdown() ? context.codeLabels().getOrDefault(r, LocalizedText.of("en", r))
					: LocalizedText.of("en", r);
			rows.add(new Row(r, label, Collections.unmodifiableList(java.util.Arrays.asList(byRow.get(r)))));
		}
		Instant dataAsOf = cells.stream()
			.map(PublishedCell::approvedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		Analytics.Subject subject = context.subject();
		return new DataTable(view, mechanism.code(), subject.code(), subject.name(), subject.unit(), query.fromYear(),
				query.toYear(), period, periods, List.copyOf(columns), List.copyOf(rows), List.copyOf(observations),
				dataAsOf, context.frequency(), frequencies);
	}

	private static BigDecimal largest(BigDecimal[] values) {
		return java.util.Arrays.stream(values).filter(Objects::nonNull).reduce(BigDecimal::max).orElse(BigDecimal.ZERO);
	}

	/**
	 * The sources of a series, with the rule that converted each to the table's
	 * frequency.
	 */
	private static List<Source> sources(Context context, Series s) {
		List<Source> result = new ArrayList<>();
		for (int i = 0; i < s.keys().size(); i++) {
			SeriesKey key = s.keys().get(i);
			Source source = context.sources().get(key);
			if (source == null) {
				continue;
			}
			boolean converted = context.frequency() != null && key.frequency() != context.frequency();
			String rule = converted ? context.aggregations().get(Math.min(i, context.aggregations().size() - 1)) : null;
			result.add(new Source(source.dataSet(), source.dataSetName(), source.name(), source.url(),
					source.retrieved(), source.reference(), source.frequency(), rule));
		}
		return result;
	}

	private static boolean converted(Context context, Series s) {
		return sources(context, s).stream().anyMatch((x) -> x.conversion() != null);
	}

	/** The series' sources, joined. */
	private static LocalizedText label(Context context, Series s) {
		Set<String> seen = new LinkedHashSet<>();
		LocalizedText label = null;
		for (Source source : sources(context, s)) {
			if (seen.add(source.name().in(Locale.ENGLISH))) {
				label = (label == null) ? source.name() : join(label, " / ", source.name());
			}
		}
		return (label != null) ? label : context.subject().name();
	}

	/**
	 * The series' label among the mechanism's others: its sources, its data sets where
	 * another series has the same sources, and how it was converted.
	 */
	private static LocalizedText label(Context context, Series s, List<Series> others) {
		LocalizedText label = label(context, s);
		String english = label.in(Locale.ENGLISH);
		boolean shared = others.stream()
			.filter((o) -> o != s)
			.anyMatch((o) -> label(context, o).in(Locale.ENGLISH).equals(english));
		List<Source> sources = sources(context, s);
		if (shared) {
			LocalizedText sets = null;
			for (Source source : sources) {
				sets = (sets == null) ? source.dataSetName() : join(sets, " / ", source.dataSetName());
			}
			label = join(label, " · ", sets);
		}
		for (Source source : sources) {
			if (source.conversion() != null) {
				String key = "analytics.converted." + source.conversion() + "." + source.frequency().name();
				LocalizedText note = localized(context, key);
				Map<String, String> values = new LinkedHashMap<>();
				for (String language : Languages.CODES) {
					Locale locale = Locale.forLanguageTag(language);
					values.put(language, label.in(locale) + " (" + note.in(locale) + ")");
				}
				label = LocalizedText.of(values);
			}
		}
		return label;
	}

	private static LocalizedText localized(Context context, String key) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String language : Languages.CODES) {
			values.put(language, context.messages().apply(key, Locale.forLanguageTag(language)));
		}
		return LocalizedText.of(values);
	}

	/** Two texts joined in every language. */
	static LocalizedText join(LocalizedText a, String separator, LocalizedText b) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String language : Languages.CODES) {
			Locale locale = Locale.forLanguageTag(language);
			values.put(language, a.in(locale) + separator + b.in(locale));
		}
		return LocalizedText.of(values);
	}

}
