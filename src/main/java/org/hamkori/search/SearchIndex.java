package org.hamkori.search;

import java.sql.Connection;
import java.sql.Date;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * {@code search_term} (what finds it). On PostgreSQL each entry also keeps its terms as
 * one {@code tsvector} with a GIN index, and questions are asked of it; on H2 of the term
 * table (decision 0036).
 */
@Repository
class SearchIndex {

	/** Most terms one record is indexed under (a long document keeps its first words). */
	static final int MAX_TERMS = 20_000;

	static final int EXCERPT = 4000;

	/** Most candidates one query considers before the rights checks. */
	static final int MAX_CANDIDATES = 1000;

	/**
	 * Rows of {@code search_term} above which a word's terms are looked up in the
	 * {@link Form#OR} form rather than {@link Form#UNION_ALL}: over 100,000 records
	 * (bench/search.sh) a word in more entries than this is better found by walking the
	 * newest entries and probing each, a rarer one by its terms' own index rows.
	 */
	static final long COMMON = 80_000;

	/**
	 * Most bytes of lexemes an entry's {@code terms} tsvector holds (PostgreSQL's limit
	 * is 1 MB).
	 */
	static final long VECTOR_BYTES = 1_000_000;

	/**
	 * Entries matching a question, as PostgreSQL estimates them, up to which the
	 * candidates are found by one bitmap of the {@code terms} GIN index
	 * ({@link Plan#BITMAP}) rather than by walking the newest entries
	 * ({@link Plan#WALK}). Over 100,000 records (bench/search.sh) a bitmap reads every
	 * matching entry, a walk about 1,000 divided by the share that matches: they cost the
	 * same near 30,000 matches, which PostgreSQL's statistics of prefixes estimate up to
	 * about twice too high.
	 */
	static final long BITMAP_ROWS = 40_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	/** Rows per prefix (up to {@link #COMMON} + 1), for {@link #form}. */
	private final Cache<String, Long> frequencies = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	private volatile @Nullable Boolean postgres;

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
		if (isPostgres()) {
			String[] vector = vectorTerms(terms).toArray(String[]::new);
			this.template.update("update search_entry set terms = array_to_tsvector(?) where id = ?", (ps) -> {
				ps.setArray(1, ps.getConnection().createArrayOf("text", vector));
				ps.setObject(2, entry.id());
			});
		}
	}

	/**
	 * The terms an entry's {@code terms} tsvector keeps on PostgreSQL: all of them, or
	 * when they would pass the tsvector's 1 MB the alphabetically first that fit (as
	 * migration {@code V2026_12_11_30} fills it).
	 */
	static List<String> vectorTerms(Collection<String> terms) {
		List<String> sorted = new ArrayList<>(new TreeSet<>(terms));
		long size = 0;
		for (int i = 0; i < sorted.size(); i++) {
			size += sorted.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 4;
			if (size > VECTOR_BYTES) {
				return sorted.subList(0, i);
			}
		}
		return sorted;
	}

	/**
	 * The candidates of a query, before the rights checks: every asked word must match a
	 * term by prefix; the record's audience must admit the viewer (public, a mechanism of
	 * theirs, or escalated to the region and the viewer sits in the regional mechanism).
	 * Newest first. Only what ranking and the rights checks need is read; the shown
	 * columns are read by {@link #entries} for the candidates the viewer may see.
	 */
	@Transactional(readOnly = true)
	List<Candidate> candidates(List<Set<String>> words, Viewer viewer, Filter filter) {
		return candidates(words, viewer, filter, null);
	}

	/**
	 * {@link #candidates} with the plan on PostgreSQL chosen ({@code null}: by the
	 * estimated number of matching entries); both plans find the same records.
	 */
	@Transactional(readOnly = true)
	List<Candidate> candidates(List<Set<String>> words, Viewer viewer, Filter filter, @Nullable Plan plan) {
		Sql query;
		if (isPostgres()) {
			Plan chosen = (plan != null) ? plan : plan(words);
			configure(chosen);
			query = candidateQuery(words, viewer, filter, chosen);
		}
		else {
			query = candidateQuery(words, viewer, filter, Plan.WALK);
		}
		return this.jdbc.sql(query.sql())
			.params(query.args())
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("record_type"),
					(rs.getDate("record_date") != null) ? rs.getDate("record_date").toLocalDate() : null))
			.list();
	}

	/**
	 * The plan of {@link #candidates} on PostgreSQL, as
	 * {@code EXPLAIN (ANALYZE, BUFFERS)} prints it (for a benchmark).
	 */
	@Transactional(readOnly = true)
	List<String> explain(List<Set<String>> words, Viewer viewer, Filter filter) {
		Plan plan = plan(words);
		configure(plan);
		Sql query = candidateQuery(words, viewer, filter, plan);
		List<String> lines = new ArrayList<>();
		lines.add("plan " + plan + " (estimate " + estimate(words) + " matching entries)");
		lines.add("SQL: " + query.sql().replaceAll("\\s+", " "));
		lines.add("arguments: " + query.args());
		lines.addAll(this.jdbc.sql("explain (analyze, buffers) " + query.sql())
			.params(query.args())
			.query(String.class)
			.list());
		return lines;
	}

	/**
	 * Sets this transaction's planner for the search on PostgreSQL: no parallel plan or
	 * JIT compilation (they cost more than the short index walks of a search), and for
	 * {@link Plan#BITMAP} no plain index scan, so the newest entries are not walked.
	 */
	private void configure(Plan plan) {
		this.jdbc
			.sql("select set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true),"
					+ " set_config('enable_indexscan', ?, true)")
			.param((plan == Plan.BITMAP) ? "off" : "on")
			.query()
			.listOfRows();
	}

	/** How PostgreSQL had best find a question's entries, by how many there are. */
	Plan plan(List<Set<String>> words) {
		return (!words.isEmpty() && estimate(words) <= BITMAP_ROWS) ? Plan.BITMAP : Plan.WALK;
	}

	/** PostgreSQL's estimate of the entries matching every word (from its statistics). */
	private long estimate(List<Set<String>> words) {
		String plan = this.jdbc.sql("explain select e.id from search_entry e where e.terms @@ cast(? as tsquery)")
			.param(tsquery(words))
			.query(String.class)
			.list()
			.get(0);
		java.util.regex.Matcher rows = ROWS.matcher(plan);
		return rows.find() ? Long.parseLong(rows.group(1)) : Long.MAX_VALUE;
	}

	private static final java.util.regex.Pattern ROWS = java.util.regex.Pattern.compile(" rows=(\\d+)");

	/** What the search shows of these entries, by id; missing ones are left out. */
	@Transactional(readOnly = true)
	Map<UUID, Hit> entries(Collection<UUID> ids) {
		Map<UUID, Hit> hits = new HashMap<>();
		if (ids.isEmpty()) {
			return hits;
		}
		this.jdbc.sql("""
				select id, record_type, mechanism_id, title, excerpt, url, record_date
				from search_entry where id in (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> new Hit(rs.getObject("id", UUID.class), rs.getString("record_type"),
					rs.getObject("mechanism_id", UUID.class), LocalizedTextColumns.parse(rs.getString("title")),
					rs.getString("excerpt"), rs.getString("url"),
					(rs.getDate("record_date") != null) ? rs.getDate("record_date").toLocalDate() : null))
			.list()
			.forEach((h) -> hits.put(h.id(), h));
		return hits;
	}

	/**
	 * The SQL of {@link #candidates} and its arguments for a plan: the {@code terms}
	 * tsvector for a bitmap (PostgreSQL only), else the term table, each word in the form
	 * its terms' frequency calls for.
	 */
	Sql candidateQuery(List<Set<String>> words, Viewer viewer, Filter filter, Plan plan) {
		if (plan == Plan.BITMAP) {
			return postgresQuery(words, viewer, filter);
		}
		return candidateQuery(words, words.stream().map(this::form).toList(), viewer, filter);
	}

	/**
	 * The SQL of {@link #candidates} on PostgreSQL: every word at once against the
	 * entry's {@code terms} tsvector (migration {@code V2026_12_11_30}), which holds the
	 * same terms as its {@code search_term} rows, so it finds the same records.
	 */
	static Sql postgresQuery(List<Set<String>> words, Viewer viewer, Filter filter) {
		StringBuilder sql = new StringBuilder("""
				select e.id, e.record_type, e.record_date
				from search_entry e where 1 = 1""");
		List<Object> args = new ArrayList<>();
		if (!words.isEmpty()) {
			sql.append(" and e.terms @@ cast(? as tsquery)");
			args.add(tsquery(words));
		}
		return restrict(sql, args, viewer, filter);
	}

	/**
	 * A question as a tsquery: every word ({@code &}), each by any of its prefixes
	 * ({@code |}), a prefix of three letters or more as a term's start ({@code :*}), a
	 * shorter one as a whole term, each lexeme quoted as it is (no dictionary).
	 */
	static String tsquery(List<Set<String>> words) {
		StringBuilder q = new StringBuilder();
		for (Set<String> prefixes : words) {
			q.append((q.length() > 0) ? " & (" : "(");
			int i = 0;
			for (String prefix : prefixes) {
				q.append((i++ > 0) ? " | " : "")
					.append('\'')
					.append(prefix.replace("\\", "\\\\").replace("'", "''"))
					.append('\'')
					.append((prefix.length() < 3) ? "" : ":*");
			}
			q.append(')');
		}
		return q.toString();
	}

	/**
	 * How a word's terms are looked up: {@link Form#UNION_ALL} when at most
	 * {@link #COMMON} index rows carry them, {@link Form#OR} otherwise. The rows are
	 * counted (up to one more than {@code COMMON}) once per prefix and remembered for a
	 * while: a stale count only picks the slower form, never other records.
	 */
	Form form(Set<String> prefixes) {
		long rows = 0;
		for (String prefix : prefixes) {
			rows += this.frequencies.get(prefix, this::rows);
			if (rows > COMMON) {
				return Form.OR;
			}
		}
		return Form.UNION_ALL;
	}

	private long rows(String prefix) {
		String sql = "select count(*) from (select t.entry_id from search_term t where " + termTest(prefix)
				+ " fetch first " + (COMMON + 1) + " rows only) c";
		return this.jdbc.sql(sql).param(termArg(prefix)).query(Long.class).single();
	}

	/**
	 * The SQL of {@link #candidates} on H2 (it runs on PostgreSQL too), each word's terms
	 * looked up in the term table in the given form; both forms find the same records.
	 */
	static Sql candidateQuery(List<Set<String>> words, List<Form> forms, Viewer viewer, Filter filter) {
		StringBuilder sql = new StringBuilder("""
				select e.id, e.record_type, e.record_date
				from search_entry e where 1 = 1""");
		List<Object> args = new ArrayList<>();
		for (int w = 0; w < words.size(); w++) {
			Set<String> prefixes = words.get(w);
			boolean union = forms.get(w) == Form.UNION_ALL;
			sql.append(" and e.id in (");
			int i = 0;
			for (String prefix : prefixes) {
				if (union) {
					sql.append((i++ > 0) ? " union all " : "")
						.append("select t.entry_id from search_term t where ")
						.append(termTest(prefix));
				}
				else {
					sql.append((i++ > 0) ? " or " : "select t.entry_id from search_term t where ")
						.append(termTest(prefix));
				}
				args.add(termArg(prefix));
			}
			sql.append(")");
		}
		return restrict(sql, args, viewer, filter);
	}

	/** Adds what the viewer may see, the filter and the order to a candidate query. */
	private static Sql restrict(StringBuilder sql, List<Object> args, Viewer viewer, Filter filter) {
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

	/** A prefix of under three letters is a whole term; a longer one, a term's start. */
	private static String termTest(String prefix) {
		return (prefix.length() < 3) ? "t.term = ?" : "t.term like ?";
	}

	private static String termArg(String prefix) {
		return (prefix.length() < 3) ? prefix : prefix + "%";
	}

	private boolean isPostgres() {
		Boolean postgres = this.postgres;
		if (postgres == null) {
			postgres = this.template.execute((Connection c) -> c.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres"));
			this.postgres = postgres;
		}
		return postgres;
	}

	/**
	 * How PostgreSQL finds a question's candidates: one bitmap of the {@code terms} GIN
	 * index for all words at once, every match then sorted by date (few matches), or the
	 * newest entries walked in order and each probed in the term table's small index
	 * until 1,000 match (many; testing the tsvector itself would read a document's long
	 * one for each). H2 always walks.
	 */
	enum Plan {

		BITMAP, WALK

	}

	/**
	 * How a word's terms are looked up: one index look-up per term, their entries put
	 * together ({@code union all}, for rare terms), or one look-up whose rows are tested
	 * against every term ({@code or}, for common ones, where PostgreSQL rather walks the
	 * newest entries and probes each).
	 */
	enum Form {

		UNION_ALL, OR

	}

	/** A candidate as ranked and checked, before its shown columns are read. */
	record Candidate(UUID id, String type, @Nullable LocalDate date) {
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
