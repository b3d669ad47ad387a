package org.hamkori.results;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

import org.hamkori.analytics.Analytics;
import org.hamkori.analytics.DataTable;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Periodicity;
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

	private final Analytics analytics;

	CatalogueFigures(Analytics analytics) {
		this.analytics = analytics;
	}

	Optional<Figure> annual(String indicator, Mechanism country, int year, Viewer viewer) {
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
