package org.hamkori.search.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.search.Search;
import org.hamkori.shared.security.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one search for machine clients: the same hits as the page, filtered by the caller's
 * rights before anything is counted, grouped by type.
 */
@RestController
@Tag(name = "Search", description = "One search over everything the caller may see")
class SearchApi {

	private final Search search;

	private final Directory directory;

	SearchApi(Search search, Directory directory) {
		this.search = search;
		this.directory = directory;
	}

	/**
	 * One hit: {@code title} in the caller's language, {@code url} the path of its page,
	 * {@code mechanism} the code of the mechanism it belongs to (none for region-wide
	 * records such as people and indicators).
	 */
	record SearchItem(String type, UUID id, String title, String url, @Nullable String mechanism,
			@Nullable LocalDate date) {
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Records the caller may see that match every word, grouped by type, newest first")
	List<SearchItem> search(@Parameter(description = "The words to find") @RequestParam String q,
			@Parameter(description = "Only these kinds of record, e.g. issue") @RequestParam(
					required = false) List<String> type,
			@Parameter(description = "Mechanism code, e.g. CCM-TJ") @RequestParam(required = false) String mechanism,
			@Parameter(description = "Only records dated on or after this day") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Only records dated on or before this day") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Viewer viewer, Locale locale) {
		Mechanism m = SearchParameters.mechanism(this.directory, mechanism);
		Map<UUID, String> codes = SearchParameters.codes(this.directory);
		return this.search.find(q, viewer, SearchParameters.types(type), (m != null) ? m.id() : null, from, to, locale)
			.items()
			.stream()
			.map((i) -> new SearchItem(i.type(), i.id(), i.title(), i.url(),
					(i.mechanismId() != null) ? codes.get(i.mechanismId()) : null, i.date()))
			.toList();
	}

}
