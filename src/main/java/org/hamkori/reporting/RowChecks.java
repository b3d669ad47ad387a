package org.hamkori.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.hamkori.formats.SourceRow;
import org.hamkori.indicators.CodeLists;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.ImportReport.Severity;
import org.hamkori.shared.text.Decimals;

/**
 * The checks of one imported row on its own: an indicator of the data set, a period of
 * the obligation, known codes of collected dimensions, the mechanism's own area, and a
 * number in the indicator's range with a note of reasonable length. A value the file
 * gives in another unit multiplier (thousands where the indicator keeps units, or the
 * reverse) is moved exactly into the indicator's own, never rounded, and refused only
 * when the result would have more digits than a figure is kept with. Lookups a file
 * repeats endlessly (periods, dimension names, codes) are remembered for the import.
 */
final class RowChecks {

	/** Where a row's problem goes (the import counts and lists it). */
	@FunctionalInterface
	interface Problems {

		void add(long line, Severity severity, String cell, String key, String... arguments);

	}

	/**
	 * The mechanism by its code and the countries it covers (alpha-3 codes, space
	 * separated), for messages that name it in the reader's language.
	 */
	record Region(String mechanism, String countries) {
	}

	/** A row that passed: canonical indicator, period and codes, value and note. */
	record Checked(String indicator, Period period, String[] key, BigDecimal value, String note) {
	}

	private final DataSet set;

	private final Obligation obligation;

	private final String refArea;

	private final Region region;

	private final LocalDate today;

	private final Problems problems;

	/** The power of ten each indicator of the data set keeps its figures in. */
	private final Map<String, Integer> unitMultipliers;

	private final Map<String, DataSet.Item> items = new HashMap<>();

	private final Map<String, Period> periodCache = new HashMap<>();

	/** Column index by dimension as the file names it, checked once per name. */
	private final Map<String, Integer> dimensionIndex = new HashMap<>();

	/**
	 * Codes already resolved in this import, by dimension and cell text (files repeat
	 * them endlessly).
	 */
	private final Map<String, String> resolved = new HashMap<>();

	private final Skipped aggregates = new Skipped();

	private final Skipped otherCountries = new Skipped();

	/** Rows of other countries refused because the own country's only were not asked. */
	private final Skipped foreignCountries = new Skipped();

	private final boolean ownCountryOnly;

	RowChecks(DataSet set, Obligation obligation, String refArea, Region region, LocalDate today,
			Map<String, Integer> unitMultipliers, boolean ownCountryOnly, Problems problems) {
		this.set = set;
		this.ownCountryOnly = ownCountryOnly;
		this.unitMultipliers = unitMultipliers;
		this.obligation = obligation;
		this.refArea = refArea;
		this.region = region;
		this.today = today;
		this.problems = problems;
		set.indicators().forEach((i) -> this.items.put(i.indicator(), i));
	}

	/** The row as a cell, or {@code null} once its problem is reported. */
	Checked check(SourceRow row, CodeLists.Snapshot codes) {
		long line = row.line();
		String indicator = (row.indicator() != null) ? row.indicator().trim().toUpperCase(Locale.ROOT) : "";
		DataSet.Item item = this.items.get(indicator);
		if (item == null) {
			this.problems.add(line, Severity.ERROR, null, "data.row.indicator-unknown", nullToEmpty(row.indicator()));
			return null;
		}
		String writtenPeriod = nullToEmpty(row.period()).trim();
		Period period = this.periodCache.computeIfAbsent(writtenPeriod, (p) -> Period.parse(p).orElse(null));
		if (period == null) {
			this.problems.add(line, Severity.ERROR, indicator, "data.row.period-invalid", writtenPeriod);
			return null;
		}
		if (period.periodicity() != this.set.periodicity()) {
			// a year is a five-yearly period when the data set is five-yearly
			period = period.in(this.set.periodicity()).orElse(null);
			if (period == null) {
				this.problems.add(line, Severity.ERROR, indicator, "data.row.period-periodicity", writtenPeriod);
				return null;
			}
			this.periodCache.put(writtenPeriod, period);
		}
		if (!this.obligation.accepts(period, this.today)) {
			this.problems.add(line, Severity.ERROR, indicator, "data.row.period-outside", period.code());
			return null;
		}
		String[] key = new String[Dimensions.CODES.size()];
		java.util.Arrays.fill(key, Dimensions.TOTAL);
		for (Map.Entry<String, String> d : row.dimensions().entrySet()) {
			int index = this.dimensionIndex.computeIfAbsent(d.getKey(), (name) -> {
				String dimension = name.trim().toUpperCase(Locale.ROOT);
				if (dimension.equals("REF_AREA")) {
					return -1;
				}
				return codes.knowsDimension(dimension) ? Dimensions.CODES.indexOf(dimension) : -2;
			});
			if (index == -1) {
				String written = d.getValue().trim();
				if (written.isEmpty()) {
					continue;
				}
				// a code or a name in any of the six languages ("TJK", "TJ",
				// "Tajikistan")
				String area = resolve(codes, "COUNTERPART_AREA", written);
				if (area == null && codes.isAggregate("COUNTERPART_AREA", written)) {
					this.aggregates.skip(written);
					return null;
				}
				if (area == null) {
					area = written.toUpperCase(Locale.ROOT);
				}
				if (this.refArea == null) {
					this.problems.add(line, Severity.ERROR, indicator, "data.row.ref-area-regional", written,
							this.region.mechanism(), this.region.countries());
					return null;
				}
				if (!area.equals(this.refArea)) {
					if (this.ownCountryOnly) {
						this.otherCountries.skip(written);
						return null;
					}
					this.foreignCountries.skip(written);
					this.problems.add(line, Severity.ERROR, indicator, "data.row.ref-area", written, this.refArea);
					return null;
				}
				continue;
			}
			if (index < 0) {
				this.problems.add(line, Severity.ERROR, indicator, "data.row.dimension-unknown", d.getKey());
				return null;
			}
			String dimension = Dimensions.CODES.get(index);
			String code = resolve(codes, dimension, d.getValue());
			if (code == null && codes.isAggregate(dimension, d.getValue())) {
				this.aggregates.skip(d.getValue().strip());
				return null;
			}
			if (code == null) {
				this.problems.add(line, Severity.ERROR, indicator, "data.row.code-unknown", d.getValue(), dimension);
				return null;
			}
			if (!code.equals(Dimensions.TOTAL) && !item.dimensions().contains(dimension)) {
				this.problems.add(line, Severity.ERROR, indicator, "data.row.dimension-not-collected", dimension,
						indicator);
				return null;
			}
			key[index] = code;
		}
		BigDecimal value = number(row.value());
		if (value == null) {
			this.problems.add(line, Severity.ERROR, indicator, "data.row.value-not-number", row.value());
			return null;
		}
		int own = this.unitMultipliers.getOrDefault(indicator, 0);
		if (row.unitMultiplier() != null && row.unitMultiplier() != own) {
			BigDecimal converted = Decimals.exact(value.movePointRight(row.unitMultiplier() - own));
			if (tooPrecise(converted)) {
				this.problems.add(line, Severity.ERROR, indicator, "data.row.unit-mult", row.value(),
						String.valueOf(row.unitMultiplier()), String.valueOf(own), converted.toPlainString(),
						String.valueOf(Decimals.MAX_SCALE), String.valueOf(Decimals.MAX_INTEGER_DIGITS));
				return null;
			}
			value = converted;
		}
		else if (tooPrecise(value)) {
			this.problems.add(line, Severity.ERROR, indicator, "data.row.value-too-precise", row.value(),
					String.valueOf(Decimals.MAX_SCALE), String.valueOf(Decimals.MAX_INTEGER_DIGITS));
			return null;
		}
		BigDecimal min = (item.min() != null) ? item.min() : BigDecimal.ZERO;
		if (value.compareTo(min) < 0) {
			if (min.signum() == 0) {
				this.problems.add(line, Severity.ERROR, indicator, "data.row.value-negative", row.value());
			}
			else {
				this.problems.add(line, Severity.ERROR, indicator, "data.row.value-below", row.value(),
						min.toPlainString());
			}
			return null;
		}
		if (item.max() != null && value.compareTo(item.max()) > 0) {
			this.problems.add(line, Severity.ERROR, indicator, "data.row.value-above", row.value(),
					item.max().stripTrailingZeros().toPlainString());
			return null;
		}
		String note = (row.note() != null && !row.note().isBlank()) ? row.note().trim() : null;
		if (note != null && note.length() > 2000) {
			this.problems.add(line, Severity.ERROR, indicator, "data.row.note-too-long");
			return null;
		}
		return new Checked(indicator, period, key, value, note);
	}

	/**
	 * Rows skipped as a whole kind: how many, the first as the file wrote it, and every
	 * distinct one (up to {@value #NAMED}, so a huge file cannot grow the message).
	 */
	static final class Skipped {

		/** How many distinct names a message lists at most. */
		static final int NAMED = 100;

		private long count;

		private String first;

		private final java.util.Set<String> names = new java.util.LinkedHashSet<>();

		private boolean more;

		void skip(String written) {
			if (this.count++ == 0) {
				this.first = written;
			}
			if (this.names.size() < NAMED) {
				this.names.add(written);
			}
			else if (!this.names.contains(written)) {
				this.more = true;
			}
		}

		/** Every distinct name as the file wrote it, in file order, never blank. */
		String names() {
			String all = this.names.stream()
				.map((n) -> n.isBlank() ? "?" : n)
				.collect(java.util.stream.Collectors.joining(", "));
			return this.more ? all + ", …" : all;
		}

		long count() {
			return this.count;
		}

		String first() {
			return this.first;
		}

	}

	/**
	 * Rows of a region or group of countries (UN DESA's WORLD, M49's Central Asia),
	 * skipped, never stored as a country.
	 */
	Skipped aggregates() {
		return this.aggregates;
	}

	/**
	 * Rows of other reporting countries, skipped when only the own country's are kept.
	 */
	Skipped otherCountries() {
		return this.otherCountries;
	}

	/**
	 * Rows of other reporting countries refused (the own country's only were not asked),
	 * so the report can name them all and offer to keep the own country's only.
	 */
	Skipped foreignCountries() {
		return this.foreignCountries;
	}

	private String resolve(CodeLists.Snapshot codes, String dimension, String written) {
		String key = dimension + '\u0001' + written;
		String code = this.resolved.get(key);
		if (code == null) {
			code = codes.resolve(dimension, written);
			if (code != null && this.resolved.size() < 10_000) {
				this.resolved.put(key, code);
			}
		}
		return code;
	}

	/**
	 * The number as written, or null when it is none. Trailing zeros do not count as
	 * decimals ({@code 1.50} is {@code 1.5}); see {@link #tooPrecise}.
	 */
	static BigDecimal number(String text) {
		try {
			return Decimals.exact(new BigDecimal(text.trim()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** More decimals or integer digits than a figure can be kept with exactly. */
	static boolean tooPrecise(BigDecimal value) {
		return value.scale() > Decimals.MAX_SCALE || value.precision() - value.scale() > Decimals.MAX_INTEGER_DIGITS;
	}

	private static String nullToEmpty(String s) {
		return (s != null) ? s : "";
	}

}
