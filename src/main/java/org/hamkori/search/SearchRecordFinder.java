package org.hamkori.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.search.RecordFinder;
import org.hamkori.shared.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one search as the modules that link records see it: only the asked types, only what
 * the viewer may see (the same two rights checks as the search page), the first
 * {@link RecordFinder#LIMIT} results.
 */
@Component
class SearchRecordFinder implements RecordFinder {

	private final Search search;

	SearchRecordFinder(Search search) {
		this.search = search;
	}

	@Override
	public List<Found> find(String words, Set<String> types, @Nullable UUID mechanismId, Viewer viewer, Locale locale) {
		if (words == null || words.isBlank() || types.isEmpty()) {
			return List.of();
		}
		return this.search.find(words, viewer, types, mechanismId, null, null, locale)
			.items()
			.stream()
			.limit(LIMIT)
			.map((i) -> new Found(i.type(), i.id(), i.title(), i.titleHtml(), i.url()))
			.toList();
	}

}
