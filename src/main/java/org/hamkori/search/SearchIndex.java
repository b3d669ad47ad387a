package org.hamkori.search;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.search.SearchEntry;
import org.hamkori.shared.security.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The index tables, in the shared database: {@code search_entry} (what a hit shows) and
 * {@code search_term} (what finds it). The same SQL runs on H2 and PostgreSQL.
 */
@Repository
class SearchIndex {

	/** Most terms one record is indexed under (a long document keeps its first words). */
	static final int MAX_TERMS = 20_000;

	static final int EXCERPT = 4000;

	/** Most candidates one query considers before the rights checks. */
	static final int MAX_CANDIDATES = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	SearchIndex(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/**
	 * Replaces the rows of these records with their current entries. Two nodes (or two
	 * listeners) replacing the same record at once are put one after the other: each
	 * entry row is first claimed (inserted if missing, {@code on conflict do nothing})
	 * and locked, in the order of the ids, before its terms are touched, so the later
	 * replacement waits for the earlier one and neither meets a duplicate key or a
	 * deadlock.
	 */
	@Transactional
	void replace(Collection<UUID> removed, List<SearchEntry> entries) {
		Map<UUID, SearchEntry> byId = new TreeMap<>();
		entries.forEach((e) -> byId.put(e.id(), e));
		Set<UUID> ids = new TreeSet<>(removed);
		ids.addAll(byId.keySet());
		for (UUID id : ids) {
			SearchEntry entry = byId.get(id);
			if (entry == null) {
				lock(id);
				remove(id);
			}
			else {
				write(entry);
			}
		}
	}

	private void lock(UUID id) {
		this.jdbc.sql("select id from search_entry where id = :id for update").param("id", id).query(UUID.class).list();
	}

	/** Forgets the entries of a type not indexed since a build started. */
	@Transactional
	int removeStale(String type, OffsetDateTime buildStart) {
		List<UUID> stale = this.jdbc
			.sql("select id from search_entry where record_type = :type and indexed_at < :start")
			.param("type", type)
			.param("start", buildStart)
			.query(UUID.class)
			.list();
		stale.forEach(this::remove);
		return stale.size();
	}

	boolean isEmpty() {
		return this.jdbc.sql("select count(*) from search_entry").query(Long.class).single() == 0;
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private void remove(UUID id) {
		this.jdbc.sql("delete from search_term where entry_id = :id").param("id", id).update();
		this.jdbc.sql("delete from search_entry where id = :id").param("id", id).update();
	}

	/** Claims the entry's row, locks it, and writes the entry and its terms anew. */
	private void write(SearchEntry entry) {
		String title = LocalizedTextColumns.write(entry.title());
		String words = String.join(" ", entry.title().values().values()) + " " + entry.text();
		String excerpt = entry.text().strip();
		if (excerpt.length() > EXCERPT) {
			excerpt = excerpt.substring(0, EXCERPT);
		}
		MapSqlParameterSource row = new MapSqlParameterSource().addValue("id", entry.id())
			.addValue("type", entry.type())
			.addValue("mechanism", entry.mechanismId())
			.addValue("audience", entry.audience().name())
			.addValue("title", title)
			.addValue("excerpt", excerpt)
			.addValue("url", entry.url())
			.addValue("date", (entry.date() != null) ? Date.valueOf(entry.date()) : null, java.sql.Types.DATE)
			.addValue("at", now());
		this.jdbc.sql("""
				insert into search_entry (id, record_type, mechanism_id, audience, title, excerpt, url, record_date,
				  indexed_at)
				values (:id, :type, :mechanism, :audience, :title, :excerpt, :url, :date, :at)
				on conflict do nothing""").paramSource(row).update();
		// the update locks the row (new or old) until commit, and rewrites an old one
		this.jdbc.sql("""
				update search_entry set record_type = :type, mechanism_id = :mechanism, audience = :audience,
				  title = :title, excerpt = :excerpt, url = :url, record_date = :date, indexed_at = :at
				where id = :id""").paramSource(row).update();
		this.jdbc.sql("delete from search_term where entry_id = :id").param("id", entry.id()).update();
		List<String> terms = new ArrayList<>(Terms.get().index(words, MAX_TERMS));
		this.template.batchUpdate("insert into search_term (term, entry_id) values (?, ?)", terms, 500, (ps, term) -> {
			ps.setString(1, term);
			ps.setObject(2, entry.id());
		});
	}

	/**
	 * The candidates of a query, before the rights checks: every asked word must match a
	 * term by prefix; the record's audience must admit the viewer (public, a mechanism of
	 * theirs, or escalated to the region and the viewer sits in the regional mechanism).
	 * Newest first.
	 */
	List<Hit> candidates(List<Set<String>> words, Viewer viewer, Filter filter) {
		Sql query = candidateQuery(words, viewer, filter);
		return this.jdbc.sql(query.sql())
			.params(query.args())
			.query((rs, n) -> new Hit(rs.getObject("id", UUID.class), rs.getString("record_type"),
					rs.getObject("mechanism_id", UUID.class), LocalizedTextColumns.parse(rs.getString("title")),
					rs.getString("excerpt"), rs.getString("url"),
					(rs.getDate("record_date") != null) ? rs.getDate("record_date").toLocalDate() : null))
			.list();
	}

	/** The SQL of {@link #candidates} and its arguments (also for a benchmark's plan). */
	static Sql candidateQuery(List<Set<String>> words, Viewer viewer, Filter filter) {
		StringBuilder sql = new StringBuilder("""
				select e.id, e.record_type, e.mechanism_id, e.title, e.excerpt, e.url, e.record_date
				from search_entry e where 1 = 1""");
		List<Object> args = new ArrayList<>();
		for (Set<String> prefixes : words) {
			sql.append(" and e.id in (select t.entry_id from search_term t where ");
			int i = 0;
			for (String prefix : prefixes) {
				sql.append((i++ > 0) ? " or " : "");
				if (prefix.length() < 3) {
					sql.append("t.term = ?");
					args.add(prefix);
				}
				else {
					sql.append("t.term like ?");
					args.add(prefix + "%");
				}
			}
			sql.append(")");
		}
		if (!viewer.admin()) {
			Set<UUID> mine = viewer.mechanismIds();
			boolean regional = viewer.seats().stream().anyMatch(Viewer.Seat::regional);
			sql.append(" and (e.audience = 'PUBLIC'");
			if (!mine.isEmpty()) {
				sql.append(" or e.mechanism_id in (")
					.append(String.join(", ", mine.stream().map((m) -> "?").toList()))
					.append(")");
				args.addAll(mine);
			}
			if (regional) {
				sql.append(" or e.audience = 'MEMBERS_AND_REGION'");
			}
			sql.append(")");
		}
		if (!filter.types().isEmpty()) {
			sql.append(" and e.record_type in (")
				.append(String.join(", ", filter.types().stream().map((t) -> "?").toList()))
				.append(")");
			args.addAll(filter.types());
		}
		if (filter.mechanismId() != null) {
			sql.append(" and e.mechanism_id = ?");
			args.add(filter.mechanismId());
		}
		if (filter.from() != null) {
			sql.append(" and e.record_date >= ?");
			args.add(Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and e.record_date <= ?");
			args.add(Date.valueOf(filter.to()));
		}
		sql.append(" order by e.record_date desc nulls last, e.id fetch first ")
			.append(MAX_CANDIDATES)
			.append(" rows only");
		return new Sql(sql.toString(), args);
	}

	/** A statement and its positional arguments. */
	record Sql(String sql, List<Object> args) {
	}

	/** A found record as indexed. */
	record Hit(UUID id, String type, @Nullable UUID mechanismId, LocalizedText title, String excerpt, String url,
			@Nullable LocalDate date) {
	}

	/** What the asker narrowed the search to. */
	record Filter(Set<String> types, @Nullable UUID mechanismId, @Nullable LocalDate from, @Nullable LocalDate to) {

		Filter {
			types = (types != null) ? Set.copyOf(types) : Set.of();
		}

		static Filter none() {
			return new Filter(Set.of(), null, null, null);
		}

	}

}
