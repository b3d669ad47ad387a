package org.hamkori.search.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.search.Search;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.HtmxRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page, and the suggestions under the search box of every page's header.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 20;

	static final int SUGGESTIONS = 8;

	private final Search search;

	private final Directory directory;

	SearchController(Search search, Directory directory) {
		this.search = search;
		this.directory = directory;
	}

	@GetMapping("/search")
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> type,
			@RequestParam(required = false) String mechanism,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Viewer viewer, Locale locale, Model model,
			HttpServletRequest request) {
		Set<String> types = SearchParameters.types(type);
		Mechanism m = SearchParameters.mechanism(this.directory, mechanism);
		Search.Results results = (q == null || q.isBlank()) ? new Search.Results(List.of(), Map.of())
				: this.search.find(q, viewer, types, (m != null) ? m.id() : null, from, to, locale);
		int pages = Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("selectedTypes", types);
		model.addAttribute("types", Search.TYPES);
		model.addAttribute("selectedMechanism", (m != null) ? m.code() : "");
		model.addAttribute("mechanismCodes", SearchParameters.codes(this.directory));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("results", results);
		model.addAttribute("groups", results.groups(current, PAGE_SIZE));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return HtmxRequests.isHtmx(request) ? "search/search :: results" : "search/search";
	}

	@GetMapping("/search/suggest")
	String suggest(@RequestParam(required = false) String q, Viewer viewer, Locale locale, Model model) {
		List<Search.Item> items = (q == null || q.strip().length() < 2) ? List.of()
				: this.search.find(q, viewer, null, null, null, null, locale).items();
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("suggestions", items.stream().limit(SUGGESTIONS).toList());
		model.addAttribute("more", items.size());
		return "search/suggestions :: suggestions";
	}

}
