package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;

/**
 * A table of figures as every page, chart, export and the trends brief show it: rows
 * (periods, or codes of a breakdown) by columns (one series each: one source at one
 * frequency for one country, decision 0026), with the observations behind the cells for
 * SDMX and "data as of", the latest approval among the figures shown (null when there is
 * none). All rows are of one frequency ({@code frequency}); {@code frequencies} are those
 * the reader may choose.
 */
public record DataTable(View view, String mechanismCode, String indicator, LocalizedText indicatorName, String unit,
		int fromYear, int toYear, String period, List<String> periods, List<Column> columns, List<Row> rows,
		List<Observation> observations, Instant dataAsOf, Periodicity frequency, List<Periodicity> frequencies) {

	/** What a table shows. */
	public enum View {

		/** The mechanism's totals per period. */
		SERIES,
		/** One period broken down by sex. */
		SEX,
		/** One period broken down by destination (counterpart area). */
		DESTINATION,
		/** The four countries' totals per period, side by side (the regional view). */
		COMPARISON;

		public boolean isBreakdown() {
			return this == SEX || this == DESTINATION;
		}

		public String messageKey() {
			return "analytics.view." + name();
		}

	}

	/**
	 * A column: one series, labelled by its country (comparison) or its source, with the
	 * sources behind it (several for a derived indicator) and the country's ISO alpha-3
	 * code (null when it has none). A column without sources is a country with no figure.
	 */
	public record Column(String key, LocalizedText label, String refArea, List<Source> sources) {

		public Column {
			sources = List.copyOf(sources);
		}

		/** Whether any source was converted to the table's frequency. */
		public boolean converted() {
			return this.sources.stream().anyMatch((s) -> s.conversion() != null);
		}

	}

	/**
	 * Where a series comes from: its data set (code and name), the reporting institution
	 * or international source, the source's address for a reference series, its own
	 * frequency, and the rule that converted it to the table's ({@code SUM}, {@code LAST}
	 * or {@code AVERAGE}; null when shown as reported).
	 */
	public record Source(String dataSet, LocalizedText dataSetName, LocalizedText name, String url,
			java.time.LocalDate retrieved, boolean reference, Periodicity frequency, String conversion) {
	}

	/** A row: a period or a code, with one value (or null) per column. */
	public record Row(String key, LocalizedText label, List<BigDecimal> values) {
	}

	/**
	 * One figure with its reference area (ISO alpha-3 of the country, or RCM), period and
	 * the dimension codes it has; the other dimensions are totals.
	 */
	public record Observation(String refArea, String period, String sex, String counterpartArea, BigDecimal value,
			String column) {
	}

	/** The column of an observation. */
	public Column column(String key) {
		return this.columns.stream().filter((c) -> c.key().equals(key)).findFirst().orElse(null);
	}

	public boolean isEmpty() {
		return this.observations.isEmpty();
	}

	/** The largest value, for scaling bars. */
	public BigDecimal max() {
		return this.observations.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::max);
	}

}
