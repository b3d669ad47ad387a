package org.hamkori.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * National data sets for the one search, seen as their pages are
 * ({@link DataSets#canRead}: members of the mechanism, as the visibility allows).
 */
@Component
class DataSetsSearch extends SqlSearchSource {

	private static final String DATA_SET = "data_set";

	private final SqlSearchKinds kinds;

	private final DataSets dataSets;

	DataSetsSearch(JdbcClient jdbc, DataSets dataSets) {
		this.dataSets = dataSets;
		this.kinds = new SqlSearchKinds(jdbc, new Kind(DATA_SET, """
				select x.id, x.mechanism_id, x.code, x.name, x.created_at
				from data_set x where x.kind = 'NATIONAL'""", List.of("x.id"),
				(rs, n) -> new SearchEntry(DATA_SET, rs.getObject("id", UUID.class),
						rs.getObject("mechanism_id", UUID.class), LocalizedTextColumns.parse(rs.getString("name")),
						SqlSearchKinds.words(rs.getString("code")), "/data-sets/" + rs.getString("id"),
						SqlSearchKinds.date(rs, "created_at"), Audience.MEMBERS)));
	}

	@Override
	protected SqlSearchKinds kinds() {
		return this.kinds;
	}

	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		if (!DATA_SET.equals(type)) {
			return Set.of();
		}
		return this.dataSets.readableAmong(ids, viewer);
	}

}
