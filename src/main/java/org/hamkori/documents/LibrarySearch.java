package org.hamkori.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.search.SearchEntry;
import org.hamkori.shared.search.SqlSearchKinds;
import org.hamkori.shared.search.SqlSearchKinds.Kind;
import org.hamkori.shared.search.SqlSearchSource;
import org.hamkori.shared.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Library documents for the one search, as their own type ({@code library}): found by
 * their title and description, seen as their page is ({@link Library#visible}), so a
 * members-only or restricted document is found by no one else.
 */
@Component
class LibrarySearch extends SqlSearchSource {

	static final String LIBRARY = "library";

	private final SqlSearchKinds kinds;

	private final Library library;

	LibrarySearch(JdbcClient jdbc, Library library) {
		this.library = library;
		this.kinds = new SqlSearchKinds(jdbc, new Kind(LIBRARY, """
				select x.id, x.mechanism_id, x.title, x.description, x.visibility, x.updated_at
				from library_document x""", List.of("x.id"), (rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new SearchEntry(LIBRARY, id, rs.getObject("mechanism_id", UUID.class),
					LocalizedText.of("und", rs.getString("title")),
					SqlSearchKinds.words(rs.getString("title"), rs.getString("description")), "/library/" + id,
					SqlSearchKinds.date(rs, "updated_at"), SqlSearchKinds.audience(rs.getString("visibility")));
		}));
	}

	@Override
	protected SqlSearchKinds kinds() {
		return this.kinds;
	}

	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		if (!LIBRARY.equals(type)) {
			return Set.of();
		}
		return ids.stream()
			.map((id) -> this.library.visible(id, viewer))
			.flatMap(Optional::stream)
			.map(LibraryDocument::id)
			.collect(Collectors.toSet());
	}

}
