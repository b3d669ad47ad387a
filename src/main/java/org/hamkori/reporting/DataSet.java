package org.hamkori.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;

/**
 * A named group of catalogue indicators a mechanism collects, each with the dimensions it
 * is collected by and its validation rules, reported at one periodicity.
 */
public record DataSet(UUID id, UUID mechanismId, String code, LocalizedText name, Periodicity periodicity,
		Visibility visibility, List<Item> indicators) {

	/**
	 * One indicator of a data set: the dimensions collected, whether its total is
	 * required, the allowed range, the period-over-period change (percent) above which a
	 * value needs a comment, and the tolerance of totals against their breakdowns.
	 */
	public record Item(String indicator, List<String> dimensions, boolean required, BigDecimal min, BigDecimal max,
			BigDecimal changeWarning, BigDecimal tolerance) {

		public Item {
			dimensions = List.copyOf(dimensions);
			tolerance = (tolerance != null) ? tolerance : BigDecimal.ONE;
		}

	}

	public Optional<Item> item(String indicator) {
		return this.indicators.stream().filter((i) -> i.indicator().equals(indicator)).findFirst();
	}

}
