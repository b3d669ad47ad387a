package org.hamkori.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The catalogue as SDMX sees it (decision 0032): one dataflow {@code DF_<INDICATOR>} per
 * catalogue indicator, each with its own data structure {@code DSD_<INDICATOR>} whose key
 * is FREQ, REF_AREA, COUNTERPART_AREA, SEX, the indicator's other breakdowns in catalogue
 * order, DATA_SET, then TIME_PERIOD; the measure OBS_VALUE; the attributes UNIT_MEASURE,
 * UNIT_MULT and OBS_STATUS. Code lists come from the catalogue (CL_AREA is the open ISO
 * 3166-1 list the catalogue uses for countries) and from SDMX's own lists (frequency,
 * units, observation status), whose codes are SDMX's.
 */
@Component
public class SdmxFlows {

	/** The maintenance agency of every Hamkori artefact. */
	public static final String AGENCY = "HAMKORI";

	/** The version of every Hamkori artefact. */
	public static final String VERSION = "1.0";

	/** The concept scheme. */
	static final String CONCEPTS = "CS_HAMKORI";

	static final String FREQ = "FREQ";

	static final String REF_AREA = "REF_AREA";

	static final String COUNTERPART_AREA = "COUNTERPART_AREA";

	static final String SEX = "SEX";

	static final String DATA_SET = "DATA_SET";

	static final String TIME_PERIOD = "TIME_PERIOD";

	static final String OBS_VALUE = "OBS_VALUE";

	static final String UNIT_MEASURE = "UNIT_MEASURE";

	static final String UNIT_MULT = "UNIT_MULT";

	static final String OBS_STATUS = "OBS_STATUS";

	/** Every figure Hamkori publishes is an approved, normal value. */
	static final String NORMAL = "A";

	/** The attributes of every observation, in this order. */
	static final List<String> ATTRIBUTES = List.of(UNIT_MEASURE, UNIT_MULT, OBS_STATUS);

	/** A code of an SDMX-owned list, with its English and Russian names. */
	record Term(String code, LocalizedText name) {
	}

	/** SDMX frequency codes of each periodicity (A5: every five years). */
	static final Map<Periodicity, String> FREQUENCIES = Map.of(Periodicity.ANNUAL, "A", Periodicity.QUARTERLY, "Q",
			Periodicity.MONTHLY, "M", Periodicity.FIVE_YEARLY, "A5");

	/** The catalogue's units as SDMX unit codes (CL_UNIT_MEASURE's where it has one). */
	static final Map<String, String> UNITS = Map.of("persons", "PS", "USD", "USD", "percent", "PT", "cases", "NUMBER",
			"months", "MONTHS", "per 100,000", "PER_100000");

	private static final List<Term> FREQUENCY_CODES = List.of(term("A", "Annual", "Ежегодно"),
			term("A5", "Every five years", "Раз в пять лет"), term("Q", "Quarterly", "Ежеквартально"),
			term("M", "Monthly", "Ежемесячно"));

	private static final List<Term> STATUS_CODES = List.of(term(NORMAL, "Normal value", "Обычное значение"),
			term("E", "Estimated value", "Оценочное значение"),
			term("P", "Provisional value", "Предварительное значение"));

	private static final Map<String, LocalizedText> UNIT_NAMES = Map.of("PS", text("Persons", "Человек"), "USD",
			text("US dollar", "Доллар США"), "PT", text("Percent", "Процент"), "NUMBER", text("Number", "Число"),
			"MONTHS", text("Months", "Месяцев"), "PER_100000", text("Per 100,000", "На 100 000"));

	/** One dataflow and its structure. */
	public record Flow(String id, IndicatorCatalogue.Indicator indicator, List<String> dimensions, String unit) {

		/** The indicator's code. */
		public String code() {
			return this.indicator.code();
		}

		/** The structure's id. */
		public String structure() {
			return "DSD_" + this.indicator.code();
		}

		/** The reference written in SDMX-CSV: {@code HAMKORI:DF_X(1.0)}. */
		public String reference() {
			return AGENCY + ":" + this.id + "(" + VERSION + ")";
		}

		/** The catalogue breakdowns of the key beyond COUNTERPART_AREA and SEX. */
		public List<String> breakdowns() {
			return this.dimensions.subList(4, this.dimensions.size() - 1);
		}

	}

	/** A code list: its id, name and codes. */
	public record CodeList(String id, LocalizedText name, List<IndicatorCatalogue.Code> codes) {
	}

	private final IndicatorCatalogue catalogue;

	private final Directory directory;

	SdmxFlows(IndicatorCatalogue catalogue, Directory directory) {
		this.catalogue = catalogue;
		this.directory = directory;
	}

	/** Every dataflow, by indicator code. */
	public List<Flow> flows() {
		return this.catalogue.indicators().stream().map(SdmxFlows::flow).toList();
	}

	/** The dataflow of an id such as {@code DF_REMITTANCES}. */
	public Optional<Flow> flow(String id) {
		if (id == null || !id.startsWith("DF_")) {
			return Optional.empty();
		}
		return this.catalogue.indicator(id.substring(3))
			.filter((i) -> i.code().equals(id.substring(3)))
			.map(SdmxFlows::flow);
	}

	private static Flow flow(IndicatorCatalogue.Indicator indicator) {
		List<String> dimensions = new ArrayList<>(List.of(FREQ, REF_AREA, COUNTERPART_AREA, SEX));
		for (String code : Dimensions.CODES) {
			if (!dimensions.contains(code) && indicator.dimensions().contains(code)) {
				dimensions.add(code);
			}
		}
		dimensions.add(DATA_SET);
		return new Flow("DF_" + indicator.code(), indicator, List.copyOf(dimensions), unit(indicator.unit()));
	}

	/**
	 * The SDMX unit code of a catalogue unit (a code made of the unit when SDMX has
	 * none).
	 */
	static String unit(String unit) {
		String code = UNITS.get(unit);
		return (code != null) ? code : unit.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
	}

	/** The code list of a dimension or coded attribute. */
	static String codeListOf(String component) {
		return switch (component) {
			case REF_AREA, COUNTERPART_AREA -> "CL_AREA";
			case UNIT_MEASURE -> "CL_UNIT";
			default -> "CL_" + component;
		};
	}

	/**
	 * Every code list the flows use: frequency, areas (ISO 3166-1 and the catalogue's
	 * groups, plus any mechanism without a country), the catalogue's breakdowns, units
	 * and observation status.
	 */
	public List<CodeList> codeLists(List<Flow> flows) {
		Map<String, CodeList> lists = new LinkedHashMap<>();
		lists.put("CL_FREQ", new CodeList("CL_FREQ", text("Frequency", "Периодичность"), codes(FREQUENCY_CODES)));
		Map<String, IndicatorCatalogue.Dimension> dimensions = new LinkedHashMap<>();
		this.catalogue.dimensions().forEach((d) -> dimensions.put(d.code(), d));
		List<IndicatorCatalogue.Code> areas = new ArrayList<>(dimensions.get(COUNTERPART_AREA).codes());
		for (Mechanism mechanism : this.directory.mechanisms()) {
			String area = mechanismArea(mechanism);
			if (areas.stream().noneMatch((c) -> c.code().equals(area))) {
				areas.add(new IndicatorCatalogue.Code(area, mechanism.name(), false));
			}
		}
		lists.put("CL_AREA", new CodeList("CL_AREA", text("Reference area", "Территория"), List.copyOf(areas)));
		for (Flow flow : flows) {
			for (String dimension : flow.dimensions()) {
				IndicatorCatalogue.Dimension d = dimensions.get(dimension);
				if (d != null && !dimension.equals(COUNTERPART_AREA)) {
					lists.putIfAbsent(codeListOf(dimension), new CodeList(codeListOf(dimension), d.name(), d.codes()));
				}
			}
		}
		List<Term> units = new ArrayList<>();
		flows.stream()
			.map(Flow::unit)
			.distinct()
			.sorted()
			.forEach((u) -> units.add(new Term(u,
					UNIT_NAMES.getOrDefault(u, LocalizedText.of("en", u.toLowerCase(Locale.ROOT).replace('_', ' '))))));
		lists.put("CL_UNIT", new CodeList("CL_UNIT", text("Unit of measure", "Единица измерения"), codes(units)));
		lists.put("CL_OBS_STATUS",
				new CodeList("CL_OBS_STATUS", text("Observation status", "Статус наблюдения"), codes(STATUS_CODES)));
		return List.copyOf(lists.values());
	}

	/**
	 * The concepts of every component, with their names: the catalogue's dimensions and
	 * SDMX's cross-domain concepts.
	 */
	public Map<String, LocalizedText> concepts() {
		Map<String, LocalizedText> concepts = new LinkedHashMap<>();
		concepts.put(FREQ, text("Frequency", "Периодичность"));
		concepts.put(REF_AREA, text("Reference area", "Территория"));
		this.catalogue.dimensions().forEach((d) -> concepts.put(d.code(), d.name()));
		concepts.put(DATA_SET, text("Data set", "Набор данных"));
		concepts.put(TIME_PERIOD, text("Time period", "Отчётный период"));
		concepts.put(OBS_VALUE, text("Observation value", "Значение"));
		concepts.put(UNIT_MEASURE, text("Unit of measure", "Единица измерения"));
		concepts.put(UNIT_MULT, text("Unit multiplier", "Множитель единицы"));
		concepts.put(OBS_STATUS, text("Observation status", "Статус наблюдения"));
		return concepts;
	}

	/** The reference area of a mechanism's own figures: its country, else its code. */
	String mechanismArea(Mechanism mechanism) {
		var country = (mechanism.countryCode() != null) ? this.directory.countries().get(mechanism.countryCode())
				: null;
		return (country != null) ? country.alpha3() : mechanism.code();
	}

	/** The names of a frequency, unit or status code, for SDMX-JSON. */
	static LocalizedText termName(String list, String code) {
		List<Term> terms = switch (list) {
			case "CL_FREQ" -> FREQUENCY_CODES;
			case "CL_OBS_STATUS" -> STATUS_CODES;
			default -> List.of();
		};
		return terms.stream()
			.filter((t) -> t.code().equals(code))
			.map(Term::name)
			.findFirst()
			.orElse(UNIT_NAMES.getOrDefault(code, LocalizedText.of("en", code)));
	}

	private static List<IndicatorCatalogue.Code> codes(List<Term> terms) {
		return terms.stream().map((t) -> new IndicatorCatalogue.Code(t.code(), t.name(), true)).toList();
	}

	private static Term term(String code, String english, String russian) {
		return new Term(code, text(english, russian));
	}

	private static LocalizedText text(String english, String russian) {
		return LocalizedText.of(Map.of("en", english, "ru", russian));
	}

}
