package org.hamkori.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.analytics.DataTable.View;
import org.hamkori.shared.security.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queries behind a table of {@link Analytics}: the approved totals or breakdowns of
 * one indicator per mechanism and period, and the periods that have any, always filtered
 * by {@link ValueVisibility}. Several institutions' figures for one mechanism are summed
 * here.
 */
@Component
class PublishedCells {

	/** A period with its first day. */
	record Period(String period, LocalDate start) {
	}

	private final JdbcClient jdbc;

	PublishedCells(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PublishedCell> cells(List<UUID> mechanisms, String indicator, View view, LocalDate from, LocalDate to,
			String period, Viewer viewer) {
		ValueVisibility.Condition visible = ValueVisibility.of(viewer, "pv");
		String code = (view == View.DESTINATION) ? "pv.counterpart_area" : "pv.sex";
		String sql = """
				select pv.mechanism_id, pv.period, min(pv.period_start), %1$s, sum(pv.obs_value), max(pv.approved_at)
				from published_value pv
				where %2$s and %3$s%4$s
				group by pv.mechanism_id, pv.period, %1$s""".formatted(code, where(view), visible.sql(),
				(period != null) ? " and pv.period = :period" : "");
		var statement = this.jdbc.sql(sql)
			.param("mechanisms", mechanisms)
			.param("indicator", indicator)
			.param("from", from)
			.param("to", to)
			.params(visible.parameters());
		if (period != null) {
			statement = statement.param("period", period);
		}
		return statement
			.query((rs, n) -> new PublishedCell(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getString(4),
					org.hamkori.shared.text.Decimals.exact(rs.getBigDecimal(5)), instant(rs, 6)))
			.list();
	}

	List<Period> periods(List<UUID> mechanisms, List<String> indicators, View view, LocalDate from, LocalDate to,
			Viewer viewer) {
		ValueVisibility.Condition visible = ValueVisibility.of(viewer, "pv");
		Map<String, LocalDate> found = new HashMap<>();
		for (String indicator : indicators) {
			this.jdbc.sql("""
					select pv.period, min(pv.period_start) from published_value pv
					where %s and %s
					group by pv.period""".formatted(where(view), visible.sql()))
				.param("mechanisms", mechanisms)
				.param("indicator", indicator)
				.param("from", from)
				.param("to", to)
				.params(visible.parameters())
				.query((rs, n) -> new Period(rs.getString(1), rs.getObject(2, LocalDate.class)))
				.list()
				.forEach((p) -> found.merge(p.period(), p.start(), (a, b) -> a.isBefore(b) ? a : b));
		}
		return found.entrySet()
			.stream()
			.map((e) -> new Period(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(Period::start).thenComparing(Period::period).reversed())
			.toList();
	}

	/**
	 * The conditions of a table's rows: the mechanisms, the indicator, the period range
	 * (a plain range on the indexed column) and the dimensions.
	 */
	private static String where(View view) {
		String sex = (view == View.SEX) ? "pv.sex <> '_T'" : "pv.sex = '_T'";
		String destination = (view == View.DESTINATION) ? "pv.counterpart_area <> '_T'" : "pv.counterpart_area = '_T'";
		return """
				pv.mechanism_id in (:mechanisms) and pv.indicator = :indicator and %s and %s
				  and pv.period_start >= :from and pv.period_start <= :to and pv.age = '_T' and pv.activity = '_T'
				  and pv.occupation = '_T' and pv.education = '_T' and pv.migrant_category = '_T'""".formatted(sex,
				destination);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
