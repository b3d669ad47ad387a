package org.hamkori.actions;

import java.util.Collection;
import java.util.List;
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
 * Action items for the one search, seen as their pages are
 * ({@link ActionItems#canSee(Viewer, UUID)}: members-only).
 */
@Component
class ActionsSearch extends SqlSearchSource {

	private static final String ACTION = "action";

	private final SqlSearchKinds kinds;

	private final JdbcClient jdbc;

	private final ActionItems actions;

	ActionsSearch(JdbcClient jdbc, ActionItems actions) {
		this.jdbc = jdbc;
		this.actions = actions;
		this.kinds = new SqlSearchKinds(jdbc, new Kind(ACTION,
				"select x.id, x.mechanism_id, x.title, x.decision_number, x.due_date from action_item x",
				List.of("x.id"),
				(rs, n) -> new SearchEntry(ACTION, rs.getObject("id", UUID.class),
						rs.getObject("mechanism_id", UUID.class), LocalizedTextColumns.parse(rs.getString("title")),
						SqlSearchKinds.words(rs.getString("decision_number")), "/actions/" + rs.getString("id"),
						rs.getObject("due_date", java.time.LocalDate.class), Audience.MEMBERS)));
	}

	@Override
	protected SqlSearchKinds kinds() {
		return this.kinds;
	}

	@Override
	public Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids) {
		if (!ACTION.equals(type) || ids.isEmpty()) {
			return Set.of();
		}
		return this.jdbc.sql("select id, mechanism_id from action_item where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("mechanism_id", UUID.class) })
			.list()
			.stream()
			.filter((r) -> this.actions.canSee(viewer, r[1]))
			.map((r) -> r[0])
			.collect(Collectors.toSet());
	}

}
