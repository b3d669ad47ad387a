package org.hamkori.analytics.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamkori.analytics.Analytics;
import org.hamkori.analytics.DataTable;
import org.hamkori.analytics.DataTable.View;
import org.hamkori.analytics.FigurePages;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Approved figures by API (bearer token): a mechanism's published values of one indicator
 * over a range of years, filtered by the same rule as every page, with the latest
 * approval among them, page by page: a page holds {@code limit} figures (5,000 unless
 * asked, at most 10,000) and names the next one in {@code next} (and a {@code Link}
 * header), so a range is never cut.
 */
@RestController
@Tag(name = "Data values", description = "Approved (published) figures the caller may see")
class AnalyticsApiController {

	/**
	 * The answer: a page of figures, the latest approval in the range, the page size and
	 * the address of the next page (null on the last); truncated is always false, kept
	 * for older clients: nothing is cut, the rest is on the next pages.
	 */
	record DataValues(String mechanism, String indicator, int from, int to, @Nullable Instant dataAsOf,
			boolean truncated, int limit, @Nullable String next, List<FigurePages.Figure> values) {
	}

	/**
	 * Series of a table: each one indicator at one frequency from one source for one
	 * country, never added to another, with its points.
	 */
	record SeriesTable(String mechanism, String view, String indicator, @Nullable String unit, int from, int to,
			@Nullable String frequency, List<String> frequencies, @Nullable Instant dataAsOf, List<Series> series) {
	}

	/**
	 * One series: its column key, country, label (English) and sources, and its points.
	 */
	record Series(String key, @Nullable String refArea, String label, List<Source> sources, List<Point> values) {
	}

	/**
	 * Where a series comes from, its own frequency and the rule that converted it to the
	 * table's (null when shown as reported).
	 */
	record Source(String dataSet, @Nullable String source, @Nullable String sourceUrl,
			java.time.@Nullable LocalDate retrieved, boolean reference, String frequency, @Nullable String conversion) {
	}

	/** A period's value. */
	record Point(String period, java.math.BigDecimal value) {
	}

	static final int MIN_YEAR = 1000;

	static final int MAX_YEAR = 9999;

	private final Directory directory;

	private final Analytics analytics;

	private final IndicatorCatalogue catalogue;

	private final FigurePages pages;

	private final MessageSource messages;

	AnalyticsApiController(Directory directory, Analytics analytics, IndicatorCatalogue catalogue, FigurePages pages,
			MessageSource messages) {
		this.messages = messages;
		this.directory = directory;
		this.analytics = analytics;
		this.catalogue = catalogue;
		this.pages = pages;
	}

	@GetMapping("/api/v1/data-values")
	@Operation(summary = "Published values of a mechanism's indicator that the caller may see, with dataAsOf",
			description = "Ordered by period, country, data set, series and dimension codes. A page holds limit "
					+ "values (default 5000, at most 10000); next (also a Link header with rel=\"next\") is the "
					+ "address of the following page, null on the last. Walking next gives every value once.")
	ResponseEntity<?> values(@RequestParam String mechanism, @RequestParam String indicator,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@Parameter(description = "Values a page, 1 to 10000") @RequestParam(
					defaultValue = "" + FigurePages.DEFAULT_LIMIT) int limit,
			@Parameter(description = "Where the page starts, as the previous page's next gives it") @RequestParam(
					required = false) String cursor,
			Viewer viewer, Locale locale, WebRequest request) {
		Mechanism found = this.directory.mechanismOrThrow(mechanism);
		String code = this.catalogue.indicator(indicator).orElseThrow(NotFoundException::new).code();
		int end = (to != null) ? to : this.directory.today().getYear();
		int start = (from != null) ? from : end - 4;
		if (start < MIN_YEAR || end > MAX_YEAR || start > end || limit < 1 || limit > FigurePages.MAX_LIMIT) {
			// never rewritten without notice: the caller learns what was wrong
			throw refused(locale,
					(limit < 1 || limit > FigurePages.MAX_LIMIT) ? "analytics.api.limit" : "analytics.api.years");
		}
		FigurePages.Page page;
		try {
			page = this.pages.page(found, code, start, end, cursor, limit, viewer);
		}
		catch (IllegalArgumentException ex) {
			throw refused(locale, "analytics.api.cursor");
		}
		if (notModified(request, page.dataAsOf())) {
			return null;
		}
		String next = (page.next() != null) ? ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("from", start)
			.replaceQueryParam("to", end)
			.replaceQueryParam("limit", limit)
			.replaceQueryParam("cursor", page.next())
			.build()
			.toUriString() : null;
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (next != null) {
			answer = answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return answer
			.body(new DataValues(found.code(), code, start, end, page.dataAsOf(), false, limit, next, page.values()));
	}

	@GetMapping("/api/v1/comparison")
	@Operation(summary = "The regional comparison: each country's series of an indicator, one per source and "
			+ "frequency, side by side, never added up")
	SeriesTable comparison(@RequestParam String indicator, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Periodicity frequency,
			Viewer viewer, Locale locale, WebRequest request) {
		SeriesTable table = series(this.directory.mechanismOrThrow(Mechanism.REGIONAL_CODE), View.COMPARISON, indicator,
				from, to, frequency, viewer, locale);
		return notModified(request, table.dataAsOf()) ? null : table;
	}

	@GetMapping("/api/v1/series")
	@Operation(summary = "A mechanism's series of an indicator: one per source (national data set or international "
			+ "reference set) at one frequency, never added up")
	SeriesTable series(@RequestParam String mechanism, @RequestParam String indicator,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) Periodicity frequency, Viewer viewer, Locale locale, WebRequest request) {
		SeriesTable table = series(this.directory.mechanismOrThrow(mechanism), View.SERIES, indicator, from, to,
				frequency, viewer, locale);
		return notModified(request, table.dataAsOf()) ? null : table;
	}

	/**
	 * Sets Last-Modified to the latest approval among the figures, and whether the
	 * caller's If-Modified-Since shows it has them already (the answer is then 304).
	 */
	private static boolean notModified(WebRequest request, @Nullable Instant dataAsOf) {
		return dataAsOf != null && request.checkNotModified(dataAsOf.toEpochMilli());
	}

	private SeriesTable series(Mechanism mechanism, View view, String indicator, Integer from, Integer to,
			Periodicity frequency, Viewer viewer, Locale locale) {
		int end = (to != null) ? to : this.directory.today().getYear();
		int start = (from != null) ? from : end - 4;
		if (start < MIN_YEAR || end > MAX_YEAR || start > end || end - start >= Analytics.MAX_YEARS) {
			throw refused(locale, "analytics.api.years.span");
		}
		DataTable table = this.analytics.table(mechanism,
				new Analytics.Query(view, indicator, start, end, null, frequency), viewer);
		List<Series> series = new java.util.ArrayList<>();
		for (int c = 0; c < table.columns().size(); c++) {
			DataTable.Column column = table.columns().get(c);
			List<Point> points = new java.util.ArrayList<>();
			for (DataTable.Row row : table.rows()) {
				if (row.values().get(c) != null) {
					points.add(new Point(row.key(), row.values().get(c)));
				}
			}
			List<Source> sources = column.sources()
				.stream()
				.map((s) -> new Source(s.dataSet(), s.name().in(Locale.ENGLISH), s.url(), s.retrieved(), s.reference(),
						s.frequency().name(), s.conversion()))
				.toList();
			series.add(new Series(column.key(), column.refArea(), column.label().in(Locale.ENGLISH), sources, points));
		}
		return new SeriesTable(mechanism.code(), table.view().name(), table.indicator(), table.unit(), start, end,
				(table.frequency() != null) ? table.frequency().name() : null,
				table.frequencies().stream().map(Periodicity::name).toList(), table.dataAsOf(), series);
	}

	/**
	 * A range of years refused, saying which range is allowed: 400 as a problem document.
	 */
	private ErrorResponseException refused(Locale locale, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages.getMessage(key,
				new Object[] { MIN_YEAR, MAX_YEAR, Analytics.MAX_YEARS, FigurePages.MAX_LIMIT }, locale));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

}
