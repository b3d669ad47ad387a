package org.hamkori.shared.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The paging and change look-ups every {@link SearchSource} needs, over one SQL select
 * per kind of record. Each select names its main table {@code x} and maps a row to an
 * entry.
 */
public final class SqlSearchKinds {

	/**
	 * One kind of record.
	 *
	 * @param type the search type, such as {@code agenda_item}
	 * @param select {@code select ... from <table> x [join ...] [where ...]}
	 * @param keys the columns whose value names the record or a parent whose change
	 * alters its entry, such as {@code x.id} and {@code x.meeting_id} (or a whole
	 * condition on {@code :id})
	 * @param rows maps a row to its entry
	 */
	public record Kind(String type, String select, List<String> keys, RowMapper<SearchEntry> rows) {

		public Kind {
			keys = List.copyOf(keys);
		}

	}

	private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile("\\swhere\\s");

	private final JdbcClient jdbc;

	private final Map<String, Kind> kinds = new LinkedHashMap<>();

	public SqlSearchKinds(JdbcClient jdbc, Kind... kinds) {
		this.jdbc = jdbc;
		for (Kind kind : kinds) {
			this.kinds.put(kind.type(), kind);
		}
	}

	public Set<String> types() {
		return this.kinds.keySet();
	}

	/** A page of one kind in order of id (see {@link SearchSource#entries}). */
	public List<SearchEntry> entries(String type, @Nullable UUID after, int limit) {
		Kind kind = this.kinds.get(type);
		if (kind == null) {
			return List.of();
		}
		String where = (after != null) ? glue(kind) + "x.id > :after" : "";
		JdbcClient.StatementSpec spec = this.jdbc
			.sql(kind.select() + where + " order by x.id fetch first " + Math.max(1, limit) + " rows only");
		if (after != null) {
			spec = spec.param("after", after);
		}
		return spec.query(kind.rows()).list();
	}

	/** The entries a change to a record with this id touches, of every kind. */
	public List<SearchEntry> changed(UUID id) {
		List<SearchEntry> entries = new ArrayList<>();
		for (Kind kind : this.kinds.values()) {
			String where = String.join(" or ",
					kind.keys().stream().map((k) -> k.contains(":id") ? k : k + " = :id").toList());
			entries.addAll(this.jdbc.sql(kind.select() + glue(kind) + "(" + where + ")")
				.param("id", id)
				.query(kind.rows())
				.list());
		}
		return entries;
	}

	private static String glue(Kind kind) {
		return WHERE.matcher(kind.select()).find() ? " and " : " where ";
	}

	/** The date part of a timestamp column, or null. */
	public static java.time.@Nullable LocalDate date(java.sql.ResultSet rs, String column)
			throws java.sql.SQLException {
		java.sql.Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toLocalDateTime().toLocalDate() : null;
	}

	/** The words of several texts, multilingual or plain, as one plain text. */
	public static String words(Object... parts) {
		StringBuilder text = new StringBuilder();
		for (Object part : parts) {
			if (part instanceof org.hamkori.shared.i18n.LocalizedText localized) {
				localized.values().values().forEach((v) -> text.append(v).append('\n'));
			}
			else if (part != null) {
				text.append(part).append('\n');
			}
		}
		return text.toString();
	}

	/** A long text cut to a title's length, in each of its languages. */
	public static org.hamkori.shared.i18n.LocalizedText shortened(org.hamkori.shared.i18n.LocalizedText text) {
		Map<String, String> cut = new LinkedHashMap<>();
		text.values()
			.forEach((lang, value) -> cut.put(lang, (value.length() > 200) ? value.substring(0, 200) + "…" : value));
		return org.hamkori.shared.i18n.LocalizedText.of(cut);
	}

	/** The audience of a record with a visibility: public, or its mechanism's members. */
	public static SearchEntry.Audience audience(String visibility) {
		return "PUBLIC".equals(visibility) ? SearchEntry.Audience.PUBLIC : SearchEntry.Audience.MEMBERS;
	}

}
