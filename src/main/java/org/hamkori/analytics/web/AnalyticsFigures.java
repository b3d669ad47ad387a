package org.hamkori.analytics.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hamkori.analytics.Analytics;
import org.hamkori.analytics.DataTable.View;
import org.hamkori.analytics.DataTable;
import org.hamkori.analytics.SavedCharts.ChartType;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.I18n;
import org.hamkori.shared.security.Viewer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the analytics pages share: reading the query from request parameters with
 * defaults, drawing a table as a figure (chart data as JSON for {@code js/charts.js}, the
 * table under it, export links) and the years a form offers.
 */
@Component
class AnalyticsFigures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final java.time.format.DateTimeFormatter AS_OF = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(java.time.ZoneOffset.UTC);

	/** A chart with its table, ready for {@code fragments :: figure}. */
	record Figure(String title, DataTable table, ChartType chartType, String chartJson, Map<String, String> exportLinks,
			String exploreLink, String dataAsOf) {
	}

	private final Analytics analytics;

	private final Directory directory;

	private final I18n i18n;

	private final org.springframework.context.MessageSource messages;

	AnalyticsFigures(Analytics analytics, Directory directory, I18n i18n,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.analytics = analytics;
		this.directory = directory;
		this.i18n = i18n;
	}

	int currentYear() {
		return this.directory.today().getYear();
	}

	Analytics.Query query(Mechanism mechanism, View view, String indicator, Integer from, Integer to, String period) {
		return query(mechanism, view, indicator, from, to, period, null);
	}

	Analytics.Query query(Mechanism mechanism, View view, String indicator, Integer from, Integer to, String period,
			Periodicity frequency) {
		int end = (to != null) ? to : currentYear();
		int start = (from != null) ? from : end - 4;
		View chosen = (view != null) ? view : (mechanism.regional() ? View.COMPARISON : View.SERIES);
		if (chosen == View.COMPARISON && !mechanism.regional()) {
			chosen = View.SERIES;
		}
		String code = (indicator != null && !indicator.isBlank()) ? indicator.strip() : "DEPARTURES";
		checkSpan(start, end);
		return new Analytics.Query(chosen, code, Math.max(1000, Math.min(9999, start)),
				Math.max(1000, Math.min(9999, end)), (period != null && !period.isBlank()) ? period.strip() : null,
				frequency);
	}

	/**
	 * Refuses a range of more than {@link Analytics#MAX_YEARS} years with 400 and a
	 * problem document naming the limit; a range is never narrowed silently.
	 */
	void checkSpan(int from, int to) {
		int years = Math.abs(to - from) + 1;
		if (years > Analytics.MAX_YEARS) {
			java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
			org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
					org.springframework.http.HttpStatus.BAD_REQUEST,
					this.messages.getMessage("analytics.range.too-long",
							new Object[] { Math.min(from, to), Math.max(from, to), Analytics.MAX_YEARS, years },
							locale));
			problem.setProperty("maxYears", Analytics.MAX_YEARS);
			throw new org.springframework.web.ErrorResponseException(org.springframework.http.HttpStatus.BAD_REQUEST,
					problem, null);
		}
	}

	Figure figure(Mechanism mechanism, String title, Analytics.Query query, ChartType chartType, Viewer viewer,
			Locale locale) {
		DataTable table = this.analytics.table(mechanism, query, viewer);
		ChartType type = (chartType != null) ? chartType
				: (table.view().isBreakdown() ? ChartType.BAR : ChartType.LINE);
		Map<String, String> links = new LinkedHashMap<>();
		for (String format : List.of("CSV", "XLSX", "SDMX")) {
			links.put(format,
					link(mechanism, "/analytics/export", table, type).queryParam("format", format)
						.build()
						.encode()
						.toUriString());
		}
		links.put("CSV_CODES",
				link(mechanism, "/analytics/export", table, type).queryParam("format", "CSV")
					.queryParam("header", "codes")
					.build()
					.encode()
					.toUriString());
		return new Figure((title != null) ? title : table.indicatorName().in(locale), table, type,
				chartJson(table, type, locale), links,
				link(mechanism, "/analytics", table, type).build().encode().toUriString(),
				(table.dataAsOf() != null) ? AS_OF.format(table.dataAsOf()) : null);
	}

	private static UriComponentsBuilder link(Mechanism mechanism, String path, DataTable table, ChartType type) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/mechanisms/" + mechanism.code() + path)
			.queryParam("view", table.view().name())
			.queryParam("indicator", table.indicator())
			.queryParam("from", table.fromYear())
			.queryParam("to", table.toYear())
			.queryParam("chart", type.name());
		if (table.period() != null) {
			builder.queryParam("period", table.period());
		}
		else if (table.frequency() != null) {
			builder.queryParam("frequency", table.frequency().name());
		}
		return builder;
	}

	/** The chart's data for {@code js/charts.js}, its unit in the reader's language. */
	String chartJson(DataTable table, ChartType type, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", (type == ChartType.BAR) ? "bar" : "line");
		chart.put("unit", this.i18n.unit(table.unit(), locale));
		chart.put("categories", table.rows().stream().map((r) -> r.label().in(locale)).toList());
		List<Map<String, Object>> series = new ArrayList<>();
		for (int c = 0; c < table.columns().size(); c++) {
			List<BigDecimal> data = new ArrayList<>();
			for (DataTable.Row row : table.rows()) {
				data.add(row.values().get(c));
			}
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("name", table.columns().get(c).label().in(locale));
			one.put("data", data);
			series.add(one);
		}
		chart.put("series", series);
		return JSON.writeValueAsString(chart);
	}

}
