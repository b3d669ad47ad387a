package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.hamkori.shared.i18n.LocalizedText;

/**
 * A table of figures as every page, chart, export and the trends brief show it: rows
 * (periods, or codes of a breakdown) by columns (the total, or one country each), with
 * the observations behind the cells for SDMX and "data as of", the latest approval among
 * the figures shown (null when there is none).
 */
public record DataTable(View view, String mechanismCode, String indicator, LocalizedText indicatorName, String unit,
		int fromYear, int toYear, String period, List<String> periods, List<Column> columns, List<Row> rows,
		List<Observation> observations, Instant dataAsOf) {

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

	/** A column: the total, a period, or a country. */
	public record Column(String key, LocalizedText label) {
	}

	/** A row: a period or a code, with one value (or null) per column. */
	public record Row(String key, LocalizedText label, List<BigDecimal> values) {
	}

	/**
	 * One figure with its reference area (ISO alpha-3 of the country, or RCM), period and
	 * the dimension codes it has; the other dimensions are totals.
	 */
	public record Observation(String refArea, String period, String sex, String counterpartArea, BigDecimal value) {
	}

	public boolean isEmpty() {
		return this.observations.isEmpty();
	}

	/** The largest value, for scaling bars. */
	public BigDecimal max() {
		return this.observations.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::max);
	}

}
