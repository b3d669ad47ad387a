package org.hamkori.shared.jdbc;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code visibility} column a secretariat sets on records that reach the public
 * portal (decision 0041): meetings, decisions, recommendations and countries' answers.
 * The table names come from this allowlist only; the aggregates leave the column alone.
 */
public final class VisibilityColumns {

	private static final Set<String> TABLES = Set.of("meeting", "decision", "recommendation", "incoming_item");

	private static final Set<Visibility> CHOICES = Set.of(Visibility.PUBLIC, Visibility.MEMBERS);

	private VisibilityColumns() {
	}

	/** The record's visibility, or empty when there is no such record. */
	public static Optional<Visibility> read(JdbcClient jdbc, String table, UUID id) {
		return jdbc.sql("select visibility from " + checked(table) + " where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(Visibility::valueOf);
	}

	/** Sets the visibility without a trace: demo data only. */
	public static void write(JdbcClient jdbc, String table, UUID id, Visibility visibility) {
		jdbc.sql("update " + checked(table) + " set visibility = ? where id = ?")
			.param(visibility.name())
			.param(id)
			.update();
	}

	/**
	 * Sets the visibility the viewer chose (public or members only) and returns the audit
	 * event to publish, or empty when nothing changed.
	 */
	public static Optional<RecordChanged> change(JdbcClient jdbc, Viewer viewer, UUID mechanismId, String table,
			UUID id, Visibility visibility) {
		if (visibility == null || !CHOICES.contains(visibility)) {
			throw new RuleViolation("visibility", "validation.publication.visibility");
		}
		Visibility before = read(jdbc, table, id).orElseThrow();
		if (before == visibility) {
			return Optional.empty();
		}
		write(jdbc, table, id, visibility);
		Map<String, Object> changes = RecordChanged.diff("visibility", before.name(), visibility.name());
		return Optional.of(new RecordChanged(viewer.actor(), mechanismId, table, id, "visibility", changes));
	}

	private static String checked(String table) {
		if (!TABLES.contains(table)) {
			throw new IllegalArgumentException(table);
		}
		return table;
	}

}
