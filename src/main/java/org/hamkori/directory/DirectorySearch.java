package org.hamkori.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.search.SearchEntry;
import org.hamkori.shared.search.SearchEntry.Audience;
import org.hamkori.shared.search.SqlSearchKinds;
import org.hamkori.shared.search.SqlSearchSource;
import org.hamkori.shared.search.SqlSearchKinds.Kind;
import org.hamkori.shared.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People and organisations for the one search: their pages are public (names, positions,
 * acronyms); contact details are never indexed, as only some viewers may see them.
 */
@Component
class DirectorySearch extends SqlSearchSource {

	private static final String PERSON = "person";

	private static final String ORGANISATION = "organisation";

	private final SqlSearchKinds kinds;

	private final JdbcClient jdbc;

	DirectorySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.kinds = new SqlSearchKinds(jdbc,
				new Kind(PERSON, "select x.id, x.full_name, x.position from person x",
						List.of("x.id", "x.id in (select m.person_id from membership m where m.id = :id)"),
						(rs, n) -> new SearchEntry(PERSON, rs.getObject("id", UUID.class), null,
								LocalizedText.of("und", rs.getString("full_name")),
								SqlSearchKinds.words(rs.getString("position")), "/people/" + rs.getString("id"), null,
								Audience.PUBLIC)),
				new Kind(ORGANISATION, "select x.id, x.name, x.acronym from organisation x", List.of("x.id"),
						(rs, n) -> new SearchEntry(ORGANISATION, rs.getObject("id", UUID.class), null,
								LocalizedTextColumns.parse(rs.getString("name")),
								SqlSearchKinds.words(rs.getString("acronym")), "/organisations/" + rs.getString("id"),
								null, Audience.PUBLIC)));
	}

	@Override
	protected SqlSearchKinds kinds() {
		return this.kinds;
	}

	/** Every person and organisation page is public: those that exist. */
	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		if (!this.kinds.types().contains(type) || ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select id from " + type + " where id in (:ids)")
			.param("ids", ids)
			.query(UUID.class)
			.list());
	}

}
