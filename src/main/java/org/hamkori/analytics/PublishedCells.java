package org.hamkori.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.analytics.DataTable.View;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.security.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queries behind a table of {@link Analytics}: the approved totals or breakdowns of
 * one indicator per series and period, and the periods that have any, always filtered by
 * {@link ValueVisibility}. A series is one obligation (an institution's figures under one
 * national data set) or one reference set's figures for a country (decision 0026); no
 * figure of one series is ever added to another's.
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

	/**
	 * The cells of the mechanisms' own national series and of the reference series of
	 * their countries ({@code areas}: ISO alpha-3 to the country's mechanism).
	 */
	List<PublishedCell> cells(List<UUID> mechanisms, Map<String, UUID> areas, String indicator, View view,
			LocalDate from, LocalDate to, String period, Viewer viewer) {
		List<PublishedCell> cells = new ArrayList<>(
				cells(mechanisms, areas, false, indicator, view, from, to, period, viewer));
		if (!areas.isEmpty()) {
			cells.addAll(cells(mechanisms, areas, true, indicator, view, from, to, period, viewer));
		}
		return cells;
	}

	private List<PublishedCell> cells(List<UUID> mechanisms, Map<String, UUID> areas, boolean reference,
			String indicator, View view, LocalDate from, LocalDate to, String period, Viewer viewer) {
		ValueVisibility.Condition visible = ValueVisibility.of(viewer, "pv");
		String code = (view == View.DESTINATION) ? "pv.counterpart_area" : "pv.sex";
		String sql = """
				select pv.mechanism_id, pv.data_set_id, pv.obligation_id, pv.ref_area, pv.periodicity, pv.period,
				pv.period_start, %s, pv.obs_value, pv.approved_at from published_value pv where %s and %s%s"""
			.formatted(code, where(view, reference), visible.sql(), (period != null) ? " and pv.period = :period" : "");
		var statement = this.jdbc.sql(sql)
			.param("indicator", indicator)
			.param("from", from)
			.param("to", to)
			.params(visible.parameters());
		statement = reference ? statement.param("areas", List.copyOf(areas.keySet()))
				: statement.param("mechanisms", mechanisms);
		if (period != null) {
			statement = statement.param("period", period);
		}
		return statement.query((rs, n) -> {
			String area = rs.getString(4);
			UUID mechanism = (area != null) ? areas.get(area) : rs.getObject(1, UUID.class);
			SeriesKey key = new SeriesKey(mechanism, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), area,
					Periodicity.valueOf(rs.getString(5)));
			return new PublishedCell(mechanism, List.of(key), rs.getString(6), rs.getObject(7, LocalDate.class),
					rs.getString(8), org.hamkori.shared.text.Decimals.exact(rs.getBigDecimal(9)), instant(rs, 10));
		}).list();
	}

	List<Period> periods(List<UUID> mechanisms, Map<String, UUID> areas, List<String> indicators, View view,
			LocalDate from, LocalDate to, Viewer viewer) {
		ValueVisibility.Condition visible = ValueVisibility.of(viewer, "pv");
		Map<String, LocalDate> found = new HashMap<>();
		for (String indicator : indicators) {
			for (boolean reference : areas.isEmpty() ? List.of(false) : List.of(false, true)) {
				this.jdbc.sql("""
						select pv.period, min(pv.period_start) from published_value pv where %s and %s
						group by pv.period""".formatted(where(view, reference), visible.sql()))
					.param(reference ? "areas" : "mechanisms", reference ? List.copyOf(areas.keySet()) : mechanisms)
					.param("indicator", indicator)
					.param("from", from)
					.param("to", to)
					.params(visible.parameters())
					.query((rs, n) -> new Period(rs.getString(1), rs.getObject(2, LocalDate.class)))
					.list()
					.forEach((p) -> found.merge(p.period(), p.start(), (a, b) -> a.isBefore(b) ? a : b));
			}
		}
		return found.entrySet()
			.stream()
			.map((e) -> new Period(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(Period::start).thenComparing(Period::period).reversed())
			.toList();
	}

	/**
	 * The conditions of a table's rows: the mechanisms' national figures (or the
	 * countries' reference figures), the indicator, the period range (a plain range on
	 * the indexed column) and the dimensions.
	 */
	private static String where(View view, boolean reference) {
		String whose = reference ? "pv.ref_area in (:areas)"
				: "pv.mechanism_id in (:mechanisms) and pv.ref_area is null";
		String sex = (view == View.SEX) ? "pv.sex <> '_T'" : "pv.sex = '_T'";
		String destination = (view == View.DESTINATION) ? "pv.counterpart_area <> '_T'" : "pv.counterpart_area = '_T'";
		return """
				%s and pv.indicator = :indicator and %s and %s
				and pv.period_start >= :from and pv.period_start <= :to and pv.age = '_T' and pv.activity = '_T'
				and pv.occupation = '_T' and pv.education = '_T' and pv.migrant_category = '_T'""".formatted(whose, sex,
				destination);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
