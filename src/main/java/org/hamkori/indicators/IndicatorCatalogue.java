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
 * deployment has the standard set; the platform admin and the regional secretariat
 * maintain them through {@link CatalogueMaintenance}). The country code lists are the
 * full ISO 3166-1 list from CLDR (decision 0025): the stored rows of COUNTERPART_AREA are
 * the countries forms offer first and names that replace CLDR's. Public: anyone may read
 * it, on pages and by API.
 */
@NamedInterface("catalogue")
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

	/** The code list of reporting countries: ISO 3166-1 alone, never a dimension. */
	public static final String REF_AREA = "REF_AREA";

	static final String COUNTERPART_AREA = "COUNTERPART_AREA";

	/**
	 * One code of a code list; {@code featured} codes are kept in the catalogue and
	 * offered by default on entry forms, the others come from the standard's full list.
	 */
	public record Code(String code, LocalizedText name, boolean featured) {
	}

	/** A dimension and its code list. */
	public record Dimension(String code, LocalizedText name, String standard, List<Code> codes) {

		/** The codes forms offer without being asked. */
		public List<Code> featured() {
			return this.codes.stream().filter(Code::featured).toList();
		}

		public Optional<Code> code(String code) {
			return this.codes.stream().filter((c) -> c.code().equals(code)).findFirst();
		}

	}

	/**
	 * An indicator with the dimensions it may be disaggregated by. The unit multiplier is
	 * a power of ten (SDMX UNIT_MULT: 3 means thousands); kind is STOCK or FLOW.
	 */
	public record Indicator(String code, LocalizedText name, LocalizedText definition, String unit, int unitMultiplier,
			String kind, String periodicity, String aggregation, String source, String reference, String proxyNote,
			List<String> dimensions, long version) {
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
		return this.jdbc.sql("""
				select code, name, definition, unit, unit_multiplier, kind, periodicity, aggregation, source,
				       reference, proxy_note, version
				from indicator order by code""")
			.query((rs, n) -> new Indicator(rs.getString(1), LocalizedTextColumns.parse(rs.getString(2)),
					LocalizedTextColumns.parse(rs.getString(3)), rs.getString(4), rs.getInt(5), rs.getString(6),
					rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
					dimensions.getOrDefault(rs.getString(1), List.of()), rs.getLong(12)))
			.list();
	}

	public Optional<Indicator> indicator(String code) {
		return indicators().stream().filter((i) -> i.code().equalsIgnoreCase(code)).findFirst();
	}

	public List<Dimension> dimensions() {
		Map<String, List<Code>> codes = new LinkedHashMap<>();
		this.jdbc.sql("select dimension, code, name from dimension_code order by dimension, sort_order")
			.query((rs, n) -> Map.entry(rs.getString(1),
					new Code(rs.getString(2), LocalizedTextColumns.parse(rs.getString(3)), true)))
			.list()
			.forEach((e) -> codes.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		codes.put(COUNTERPART_AREA, withAllCountries(codes.getOrDefault(COUNTERPART_AREA, List.of())));
		return this.jdbc.sql("select code, name, standard from dimension order by code")
			.query((rs, n) -> new Dimension(rs.getString(1), LocalizedTextColumns.parse(rs.getString(2)),
					rs.getString(3), codes.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	/**
	 * Every code list by its id: the dimensions, and {@link #REF_AREA}, the ISO 3166-1
	 * countries a figure may be reported for.
	 */
	public List<Dimension> codeLists() {
		List<Dimension> lists = new ArrayList<>(dimensions());
		lists.add(refArea());
		lists.sort(java.util.Comparator.comparing(Dimension::code));
		return lists;
	}

	public Optional<Dimension> codeList(String id) {
		if (REF_AREA.equalsIgnoreCase(id)) {
			return Optional.of(refArea());
		}
		return dimensions().stream().filter((d) -> d.code().equalsIgnoreCase(id)).findFirst();
	}

	/**
	 * When the catalogue last changed through its maintenance (empty while it holds only
	 * the seeded standard set), for caching what is built from it.
	 */
	public Optional<java.time.Instant> lastChanged() {
		return this.jdbc.sql("select max(changed_at) from catalogue_change")
			.query((rs, n) -> rs.getTimestamp(1))
			.optional()
			.map(java.sql.Timestamp::toInstant);
	}

	/**
	 * The catalogue's indicators by the codes other sources give them (the World Bank's
	 * {@code BX.TRF.PWKR.CD.DT} is {@code REMITTANCES}), keyed in upper case.
	 */
	public Map<String, String> aliases() {
		Map<String, String> aliases = new java.util.HashMap<>();
		this.jdbc.sql("select alias, indicator from indicator_alias")
			.query((rs, n) -> aliases.put(rs.getString(1).toUpperCase(java.util.Locale.ROOT), rs.getString(2)))
			.list();
		return aliases;
	}

	/** Whether a code is an ISO 3166-1 alpha-3 country code. */
	public static boolean isCountry(String code) {
		return CountryNames.isIso3166(code);
	}

	private static Dimension refArea() {
		List<Code> countries = new ArrayList<>();
		CountryNames.iso3166().forEach((code, name) -> countries.add(new Code(code, name, true)));
		return new Dimension(REF_AREA,
				LocalizedText.of(Map.of("en", "Reference area", "ru", "Страна отчёта", "tg", "Кишвари ҳисобот", "uz",
						"Hisobot mamlakati", "kk", "Есеп беретін ел", "ky", "Отчет берген өлкө")),
				"ISO 3166-1 alpha-3", List.copyOf(countries));
	}

	/**
	 * The stored counterpart codes first (their names completed by CLDR's in the
	 * languages they lack), then the rest of ISO 3166-1 in code order.
	 */
	private static List<Code> withAllCountries(List<Code> stored) {
		List<Code> all = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Code c : stored) {
			LocalizedText standard = CountryNames.iso3166().get(c.code());
			if (standard != null) {
				Map<String, String> names = new LinkedHashMap<>(standard.values());
				names.putAll(c.name().values());
				all.add(new Code(c.code(), new LocalizedText(names), true));
			}
			else {
				all.add(c);
			}
			seen.add(c.code());
		}
		CountryNames.iso3166().forEach((code, name) -> {
			if (!seen.contains(code)) {
				all.add(new Code(code, name, false));
			}
		});
		return List.copyOf(all);
	}

}
