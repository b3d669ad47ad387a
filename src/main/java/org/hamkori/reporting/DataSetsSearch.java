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
 * National data sets and international reference sets for the one search, seen as their
 * pages are: a national set by members of the mechanism, as the visibility allows
 * ({@link DataSets#canRead}); a reference set by anyone when public, otherwise by the
 * members of the regional mechanism ({@link ReferenceSets#find}).
 */
@Component
class DataSetsSearch extends SqlSearchSource {

	private static final String DATA_SET = "data_set";

	private static final String REFERENCE_SET = "reference_set";

	private final SqlSearchKinds kinds;

	private final DataSets dataSets;

	private final ReferenceSets referenceSets;

	DataSetsSearch(JdbcClient jdbc, DataSets dataSets, ReferenceSets referenceSets) {
		this.dataSets = dataSets;
		this.referenceSets = referenceSets;
		this.kinds = new SqlSearchKinds(jdbc, new Kind(DATA_SET, """
				select x.id, x.mechanism_id, x.code, x.name, x.created_at
				from data_set x where x.kind = 'NATIONAL'""", List.of("x.id"),
				(rs, n) -> new SearchEntry(DATA_SET, rs.getObject("id", UUID.class),
						rs.getObject("mechanism_id", UUID.class), LocalizedTextColumns.parse(rs.getString("name")),
						SqlSearchKinds.words(rs.getString("code")), "/data-sets/" + rs.getString("id"),
						SqlSearchKinds.date(rs, "created_at"), Audience.MEMBERS)),
				new Kind(REFERENCE_SET, """
						select x.id, x.mechanism_id, x.code, x.name, x.source_name, x.visibility, x.created_at
						from data_set x where x.kind = 'REFERENCE'""", List.of("x.id"),
						(rs, n) -> new SearchEntry(REFERENCE_SET, rs.getObject("id", UUID.class),
								rs.getObject("mechanism_id", UUID.class),
								LocalizedTextColumns.parse(rs.getString("name")),
								SqlSearchKinds.words(rs.getString("code"), rs.getString("source_name")),
								"/reference-sets/" + rs.getString("id"), SqlSearchKinds.date(rs, "created_at"),
								SqlSearchKinds.audience(rs.getString("visibility")))));
	}

	@Override
	protected SqlSearchKinds kinds() {
		return this.kinds;
	}

	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		if (REFERENCE_SET.equals(type)) {
			return this.referenceSets.visibleAmong(ids, viewer);
		}
		if (!DATA_SET.equals(type)) {
			return Set.of();
		}
		return this.dataSets.readableAmong(ids, viewer);
	}

}
