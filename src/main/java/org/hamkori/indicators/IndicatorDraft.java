package org.hamkori.indicators;

import java.util.List;

import org.hamkori.shared.i18n.LocalizedText;

/**
 * What the catalogue's maintainers set on an indicator, from a page or the API: never its
 * version or history.
 *
 * @param unitMultiplier the power of ten the figures are in (SDMX UNIT_MULT)
 * @param kind STOCK or FLOW
 * @param aggregation SUM, AVERAGE or LAST: how figures combine over time
 * @param reference the SDG indicator or ICLS resolution it follows, if any
 */
public record IndicatorDraft(String code, LocalizedText name, LocalizedText definition, String unit,
		Integer unitMultiplier, String kind, String periodicity, String aggregation, String source, String reference,
		String proxyNote, List<String> dimensions) {

	public IndicatorDraft {
		name = (name != null) ? name : new LocalizedText(null);
		definition = (definition != null) ? definition : new LocalizedText(null);
		dimensions = (dimensions != null)
				? dimensions.stream().filter(java.util.Objects::nonNull).map(String::strip).distinct().toList()
				: List.of();
	}

}
