package org.hamkori.indicators;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.shared.search.SearchEntry;
import org.hamkori.shared.search.SearchEntry.Audience;
import org.hamkori.shared.search.SearchSource;
import org.hamkori.shared.search.SqlSearchKinds;
import org.hamkori.shared.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * The indicator catalogue for the one search: public, like its pages. An indicator's id
 * is the name-based UUID its audit events carry ({@code indicator:<code>}).
 */
@Component
class IndicatorsSearch implements SearchSource {

	private static final String INDICATOR = "indicator";

	private final IndicatorCatalogue catalogue;

	IndicatorsSearch(IndicatorCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	static UUID idOf(String code) {
		return UUID.nameUUIDFromBytes(("indicator:" + code).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public Set<String> types() {
		return Set.of(INDICATOR);
	}

	@Override
	public List<SearchEntry> entries(String type, UUID after, int limit) {
		if (!INDICATOR.equals(type)) {
			return List.of();
		}
		return all().stream().filter((e) -> after == null || e.id().compareTo(after) > 0).limit(limit).toList();
	}

	@Override
	public List<SearchEntry> changed(String recordType, UUID recordId) {
		return all().stream().filter((e) -> e.id().equals(recordId)).toList();
	}

	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		if (!INDICATOR.equals(type)) {
			return Set.of();
		}
		Set<UUID> known = all().stream().map(SearchEntry::id).collect(Collectors.toSet());
		return ids.stream().filter(known::contains).collect(Collectors.toSet());
	}

	private List<SearchEntry> all() {
		return this.catalogue.indicators()
			.stream()
			.map((i) -> new SearchEntry(INDICATOR, idOf(i.code()), null, i.name(),
					SqlSearchKinds.words(i.code(), i.definition(), i.source()), "/indicators/" + i.code(), null,
					Audience.PUBLIC))
			.sorted(Comparator.comparing(SearchEntry::id))
			.toList();
	}

}
