package org.hamkori.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.hamkori.indicators.Dimensions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL that settles an import once its file is read: the rows were streamed under an
 * id per period, and here they are compared with and merged into the period's draft,
 * cleared cells are removed, and the drafts are marked as changed. Kept apart from
 * {@link ImportRun} so the row checks and the set work in the database each read on their
 * own.
 */
@Component
class DraftMerge {

	private static final String KEY_CLAUSE = Dimensions.COLUMNS.stream()
		.map((c) -> " and " + c + " = ?")
		.reduce("", String::concat);

	private static final String RECORD_PERIODS = """
			insert into import_period (import_id, period, previous_period, submission_id)
			values (?, ?, ?, ?)""";

	private static final String COMPARE = """
			select count(*),
			  sum(case when v.submission_id is null then 1 else 0 end),
			  sum(case when v.submission_id is not null and (v.obs_value <> t.obs_value
			    or coalesce(v.note, '') <> coalesce(t.note, '')) then 1 else 0 end)
			from data_value t
			left join data_value v on v.submission_id = ? and v.indicator = t.indicator%s
			where t.submission_id = ?""".formatted(matchDims("v", "t"));

	private static final String MERGE = """
			merge into data_value v
			using (select cast(? as uuid) as sid, indicator, %1$s, obs_value, note
			  from data_value where submission_id = ?) s
			on (v.submission_id = s.sid and v.indicator = s.indicator%2$s)
			when matched and (v.obs_value <> s.obs_value or coalesce(v.note, '') <> coalesce(s.note, ''))
			  then update set obs_value = s.obs_value, note = s.note
			when not matched then insert (submission_id, indicator, %1$s, obs_value, note)
			  values (s.sid, s.indicator, %3$s, s.obs_value, s.note)""".formatted(Dimensions.COLUMN_LIST,
			matchDims("v", "s"), prefixed("s"));

	private static final String TOUCH_DRAFTS = """
			update submission set status = case when status = 'RETURNED' then 'DRAFT' else status end,
			  version = version + 1
			where id in (select submission_id from import_period where import_id = ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	DraftMerge(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** The value a cell was first given under {@code rows}, if it was written. */
	BigDecimal firstValue(UUID rows, String indicator, String[] key) {
		return this.jdbc.sql("""
				select obs_value from data_value
				where submission_id = ? and indicator = ?%s""".formatted(KEY_CLAUSE))
			.params(params(rows, indicator, key))
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	/** Writes a repeat that turned out to be a new cell (two cells with one hash). */
	void insert(UUID rows, String indicator, String[] key, BigDecimal value, String note) {
		this.jdbcTemplate.update(ValueWriters.INSERT, concat(params(rows, indicator, key), value, note));
	}

	/**
	 * Records the import's drafts, each as
	 * {@code import, period, previous period, draft}.
	 */
	void recordPeriods(List<Object[]> drafts) {
		this.jdbcTemplate.batchUpdate(RECORD_PERIODS, drafts);
	}

	/**
	 * Compares the rows written under {@code written} with the draft: how many there are,
	 * how many are new and how many change a value or note.
	 */
	long[] compare(UUID draft, UUID written) {
		return this.jdbc.sql(COMPARE)
			.params(draft, written)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
	}

	/** Merges the rows written under {@code written} into the draft. */
	void merge(UUID draft, UUID written) {
		this.jdbc.sql(MERGE).params(draft.toString(), written).update();
	}

	/** Removes the rows written under an id once they are merged. */
	void discard(UUID written) {
		this.jdbc.sql("delete from data_value where submission_id = ?").param(written).update();
	}

	/** Empties one cell of a draft; returns how many rows went. */
	int clear(UUID submission, String indicator, String[] key) {
		return this.jdbc.sql("""
				delete from data_value
				where submission_id = ? and indicator = ?%s""".formatted(KEY_CLAUSE))
			.params(params(submission, indicator, key))
			.update();
	}

	/** Marks the import's drafts as changed (a returned one becomes a draft again). */
	void touchDrafts(UUID importId) {
		this.jdbc.sql(TOUCH_DRAFTS).param(importId).update();
	}

	void forgetPeriods(UUID importId) {
		this.jdbc.sql("delete from import_period where import_id = ?").param(importId).update();
	}

	private static Object[] params(UUID submission, String indicator, String[] key) {
		Object[] params = new Object[2 + key.length];
		params[0] = submission;
		params[1] = indicator;
		System.arraycopy(key, 0, params, 2, key.length);
		return params;
	}

	private static Object[] concat(Object[] head, Object... tail) {
		Object[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		return all;
	}

	private static String prefixed(String alias) {
		return String.join(", ", Dimensions.COLUMNS.stream().map((c) -> alias + "." + c).toList());
	}

	private static String matchDims(String a, String b) {
		StringBuilder sql = new StringBuilder();
		for (String c : Dimensions.COLUMNS) {
			sql.append(" and ").append(a).append('.').append(c).append(" = ").append(b).append('.').append(c);
		}
		return sql.toString();
	}

}
