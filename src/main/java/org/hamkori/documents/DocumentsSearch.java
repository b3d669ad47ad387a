package org.hamkori.documents;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.search.SearchEntry;
import org.hamkori.shared.search.SqlSearchKinds;
import org.hamkori.shared.search.SqlSearchSource;
import org.hamkori.shared.search.SqlSearchKinds.Kind;
import org.hamkori.shared.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Documents for the one search, found by their name and their full text (see
 * {@link DocumentText}), seen as their download is ({@link Documents#visible}).
 */
@Component
class DocumentsSearch extends SqlSearchSource {

	private static final String DOCUMENT = "document";

	private final SqlSearchKinds kinds;

	private final Documents documents;

	DocumentsSearch(JdbcClient jdbc, Documents documents, DocumentText text) {
		this.documents = documents;
		this.kinds = new SqlSearchKinds(jdbc,
				new Kind(DOCUMENT,
						"select x.id, x.mechanism_id, x.file_name, x.visibility, x.uploaded_at from document x",
						List.of("x.id"), (rs, n) -> {
							UUID id = rs.getObject("id", UUID.class);
							return new SearchEntry(DOCUMENT, id, rs.getObject("mechanism_id", UUID.class),
									LocalizedText.of("und", rs.getString("file_name")), text.of(id), "/documents/" + id,
									SqlSearchKinds.date(rs, "uploaded_at"),
									SqlSearchKinds.audience(rs.getString("visibility")));
						}));
	}

	@Override
	protected SqlSearchKinds kinds() {
		return this.kinds;
	}

	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		if (!DOCUMENT.equals(type)) {
			return Set.of();
		}
		return this.documents.visibleAmong(ids, viewer);
	}

}
