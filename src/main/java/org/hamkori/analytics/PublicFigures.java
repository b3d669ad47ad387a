package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;
import org.hamkori.shared.text.Decimals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The headline figures anyone may read, for the public portal: of each national series
 * whose data set is {@code PUBLIC}, the total of every indicator in its latest period,
 * with the day it was approved ("data as of"). It asks for nothing but public figures, on
 * both the figure and its data set, and has no viewer: a members-only or restricted
 * figure cannot come out of it, whoever is reading.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("public-figures")
public class PublicFigures {

	/** At most so many figures per mechanism: headlines, not the tables. */
	public static final int PER_MECHANISM = 6;

	/** A total for all codes of every dimension ({@code _T}), as SDMX writes it. */
	private static final String TOTALS = """
			%1$s.sex = '_T' and %1$s.age = '_T' and %1$s.counterpart_area = '_T' and %1$s.activity = '_T'
			and %1$s.occupation = '_T' and %1$s.education = '_T' and %1$s.migrant_category = '_T'""";

	/**
	 * One public figure: a mechanism's indicator in its latest period, the institution
	 * that reported it, and when the secretariat approved it.
	 */
	@NamedInterface("public-figures")
	public record Figure(UUID mechanismId, String indicator, LocalizedText name, String unit, String period,
			LocalDate periodStart, BigDecimal value, Instant approvedAt, LocalizedText reporter) {
	}

	private final JdbcClient jdbc;

	PublicFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The public figures of every mechanism, by mechanism, then as the data set orders
	 * them.
	 */
	public List<Figure> all() {
		List<Figure> all = this.jdbc.sql("""
				select pv.mechanism_id, pv.indicator, i.name, i.unit, pv.period, pv.period_start, pv.obs_value,
				pv.approved_at, o.name, coalesce(dsi.sort_order, 0), ds.code
				from published_value pv
				join data_set ds on ds.id = pv.data_set_id
				join indicator i on i.code = pv.indicator
				join reporting_obligation ro on ro.id = pv.obligation_id
				join organisation o on o.id = ro.organisation_id
				left join data_set_indicator dsi on dsi.data_set_id = pv.data_set_id and dsi.indicator = pv.indicator
				where pv.visibility = 'PUBLIC' and ds.visibility = 'PUBLIC' and pv.ref_area is null and %s
				and pv.period_start = (select max(x.period_start) from published_value x
					where x.obligation_id = pv.obligation_id and x.indicator = pv.indicator
					and x.visibility = 'PUBLIC' and %s)
				""".formatted(TOTALS.formatted("pv"), TOTALS.formatted("x")))
			.query((rs, n) -> new Sorted(
					new Figure(rs.getObject(1, UUID.class), rs.getString(2),
							LocalizedTextColumns.parse(rs.getString(3)), rs.getString(4), rs.getString(5),
							rs.getObject(6, LocalDate.class), Decimals.exact(rs.getBigDecimal(7)),
							PublishedCells.instant(rs, 8), LocalizedTextColumns.parse(rs.getString(9))),
					rs.getString(11), rs.getInt(10)))
			.list()
			.stream()
			.sorted(Comparator.comparing((Sorted s) -> s.figure().mechanismId())
				.thenComparing(Sorted::dataSet)
				.thenComparingInt(Sorted::order)
				.thenComparing((s) -> s.figure().indicator()))
			.map(Sorted::figure)
			.toList();
		return all;
	}

	/** A mechanism's public figures; empty when it publishes none. */
	public List<Figure> of(UUID mechanismId) {
		return all().stream().filter((f) -> f.mechanismId().equals(mechanismId)).limit(PER_MECHANISM).toList();
	}

	/** The latest approval among the figures: the day the data are as of. */
	public static Optional<Instant> dataAsOf(List<Figure> figures) {
		return figures.stream().map(Figure::approvedAt).filter((i) -> i != null).max(Comparator.naturalOrder());
	}

	private record Sorted(Figure figure, String dataSet, int order) {
	}

}
