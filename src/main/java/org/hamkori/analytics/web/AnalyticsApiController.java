package org.hamkori.analytics.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamkori.analytics.Analytics;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approved figures by API (bearer token): a mechanism's published values of one indicator
 * over a range of years, filtered by the same rule as every page, with the latest
 * approval among them.
 */
@RestController
@Tag(name = "Data values", description = "Approved (published) figures the caller may see")
class AnalyticsApiController {

	/** The answer: the figures, their latest approval, and whether the list was cut. */
	record DataValues(String mechanism, String indicator, int from, int to, Instant dataAsOf, boolean truncated,
			List<Analytics.Figure> values) {
	}

	static final int MIN_YEAR = 1000;

	static final int MAX_YEAR = 9999;

	private final Directory directory;

	private final Analytics analytics;

	private final IndicatorCatalogue catalogue;

	AnalyticsApiController(Directory directory, Analytics analytics, IndicatorCatalogue catalogue) {
		this.directory = directory;
		this.analytics = analytics;
		this.catalogue = catalogue;
	}

	@GetMapping("/api/v1/data-values")
	@Operation(summary = "Published values of a mechanism's indicator that the caller may see, with dataAsOf")
	ResponseEntity<?> values(@RequestParam String mechanism, @RequestParam String indicator,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Viewer viewer) {
		Mechanism found = this.directory.mechanismOrThrow(mechanism);
		String code = this.catalogue.indicator(indicator).orElseThrow(NotFoundException::new).code();
		int end = (to != null) ? to : this.directory.today().getYear();
		int start = (from != null) ? from : end - 4;
		if (start < MIN_YEAR || end > MAX_YEAR || start > end) {
			// never rewritten without notice: the caller learns what was wrong
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"from and to are years from %d to %d, from not after to".formatted(MIN_YEAR, MAX_YEAR));
			return ResponseEntity.badRequest().body(problem);
		}
		Analytics.Figures figures = this.analytics.figures(found, code, start, end, viewer);
		return ResponseEntity.ok(new DataValues(found.code(), code, start, end, figures.dataAsOf(), figures.truncated(),
				figures.values()));
	}

}
