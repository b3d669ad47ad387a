package org.hamkori.results;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

import org.hamkori.analytics.Analytics;
import org.hamkori.analytics.DataTable;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Periodicity;
import org.hamkori.sdg.RoundStatus;
import org.hamkori.sdg.Sdg1072Rounds;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * A linked indicator's actual from Hamkori's own approved figures, read through
 * {@link Analytics} (never its tables), so the reader sees only figures the one
 * visibility rule lets them see. A country's figure for a year is its annual total (finer
 * series converted by the catalogue's rule over complete years only); a national series
 * is preferred to a reference one, and figures of two series are never added (decision
 * 0026).
 */
@Component
class CatalogueFigures {

	/** A figure with the series it comes from. */
	record Figure(BigDecimal value, String period, LocalizedText source) {
	}

	/**
	 * The SDG 10.7.2 score (0 to 100) of the country's submitted round of the year: not
	 * an indicator of the catalogue, but one of Hamkori's own figures.
	 */
	static final String SDG_10_7_2 = "SDG_10_7_2";

	private final Analytics analytics;

	private final Sdg1072Rounds rounds;

	CatalogueFigures(Analytics analytics, Sdg1072Rounds rounds) {
		this.analytics = analytics;
		this.rounds = rounds;
	}

	Optional<Figure> annual(String indicator, Mechanism country, int year, Viewer viewer) {
		if (SDG_10_7_2.equals(indicator)) {
			return sdgScore(country, year, viewer);
		}
		DataTable table = this.analytics.table(country,
				new Analytics.Query(DataTable.View.SERIES, indicator, year, year, null, Periodicity.ANNUAL), viewer);
		String period = String.valueOf(year);
		return table.observations()
			.stream()
			.filter((o) -> period.equals(o.period()) && o.value() != null)
			.min(Comparator.comparing((DataTable.Observation o) -> isReference(table.column(o.column())))
				.thenComparing(DataTable.Observation::column))
			.map((o) -> new Figure(o.value(), o.period(), label(table.column(o.column()))));
	}

	/**
	 * The overall score of the country's round of the year, once submitted and only for
	 * those who may see that round; a draft is never an actual.
	 */
	private Optional<Figure> sdgScore(Mechanism country, int year, Viewer viewer) {
		return this.rounds.find(country.id(), year)
			.filter((r) -> r.status() == RoundStatus.SUBMITTED && this.rounds.canSee(viewer, r))
			.map((r) -> new Figure(BigDecimal.valueOf(r.score().overall()), String.valueOf(year),
					LocalizedText.of("en", "SDG 10.7.2 " + year)));
	}

	private static boolean isReference(DataTable.Column column) {
		return column != null && column.sources().stream().allMatch(DataTable.Source::reference)
				&& !column.sources().isEmpty();
	}

	private static LocalizedText label(DataTable.Column column) {
		if (column == null || column.sources().isEmpty()) {
			return (column != null) ? column.label() : LocalizedText.of("en", "");
		}
		DataTable.Source source = column.sources().get(0);
		return (source.name() != null) ? source.name() : column.label();
	}

}
