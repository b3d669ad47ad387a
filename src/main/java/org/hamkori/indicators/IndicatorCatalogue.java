package org.hamkori.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.jdbc.LocalizedTextColumns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator catalogue, read from its reference tables (Flyway seeds them, so every
 * deployment has the standard set). Public: anyone may read it, on pages and by API.
 */
@NamedInterface("catalogue")
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

	/** One code of a dimension's code list. */
	public record Code(String code, LocalizedText name) {
	}

	/** A dimension and its code list. */
	public record Dimension(String code, LocalizedText name, String standard, List<Code> codes) {
	}

	/** An indicator with the dimensions it may be disaggregated by. */
	public record Indicator(String code, LocalizedText name, LocalizedText definition, String unit, String periodicity,
			String aggregation, String source, String proxyNote, List<String> dimensions) {
	}

	private final JdbcClient jdbc;

	IndicatorCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Indicator> indicators() {
		Map<String, List<String>> dimensions = new LinkedHashMap<>();
		this.jdbc.sql("select indicator, dimension from indicator_dimension order by indicator, sort_order")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((e) -> dimensions.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return this.jdbc.sql(
				"select code, name, definition, unit, periodicity, aggregation, source, proxy_note from indicator order by code")
			.query((rs, n) -> new Indicator(rs.getString(1), LocalizedTextColumns.parse(rs.getString(2)),
					LocalizedTextColumns.parse(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getString(8), dimensions.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	public Optional<Indicator> indicator(String code) {
		return indicators().stream().filter((i) -> i.code().equalsIgnoreCase(code)).findFirst();
	}

	public List<Dimension> dimensions() {
		Map<String, List<Code>> codes = new LinkedHashMap<>();
		this.jdbc.sql("select dimension, code, name from dimension_code order by dimension, sort_order")
			.query((rs, n) -> Map.entry(rs.getString(1),
					new Code(rs.getString(2), LocalizedTextColumns.parse(rs.getString(3)))))
			.list()
			.forEach((e) -> codes.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return this.jdbc.sql("select code, name, standard from dimension order by code")
			.query((rs, n) -> new Dimension(rs.getString(1), LocalizedTextColumns.parse(rs.getString(2)),
					rs.getString(3), codes.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

}
