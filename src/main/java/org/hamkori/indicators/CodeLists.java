package org.hamkori.indicators;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hamkori.directory.Country;
import org.hamkori.directory.Directory;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Resolves what files write in dimension columns to catalogue codes: the code itself in
 * any case, a code's name in any language the catalogue has (Russian, Tajik, English...),
 * and for countries also ISO alpha-2, CLDR's names in the six languages (full, short and
 * variant, {@link CountryNames}, for the whole ISO 3166-1 list) and the directory's
 * country names, and UN M49 numeric codes ("762", as UN DESA writes them) through ICU's
 * regions. A name CLDR gives two countries resolves to neither. A snapshot is built per
 * import, so an import sees one consistent code list.
 */
@NamedInterface("catalogue")
@Component
public class CodeLists {

	/**
	 * Other ways files write the sex codes: SDMX's older {@code T}, ILO's {@code SEX_*}
	 * codes, and the singular words beside the catalogue's plural names.
	 */
	static final Map<String, String> SEX_ALIASES = Map.ofEntries(Map.entry("T", "_T"), Map.entry("SEX_T", "_T"),
			Map.entry("SEX_M", "M"), Map.entry("SEX_F", "F"), Map.entry("Both sexes", "_T"), Map.entry("Men", "M"),
			Map.entry("Women", "F"), Map.entry("Мужской", "M"), Map.entry("Женский", "F"), Map.entry("Оба пола", "_T"),
			Map.entry("Мард", "M"), Map.entry("Зан", "F"), Map.entry("Erkak", "M"), Map.entry("Ayol", "F"),
			Map.entry("Ер", "M"), Map.entry("Әйел", "F"), Map.entry("Эркек", "M"), Map.entry("Аял", "F"));

	/** The code list of countries (destinations, origins, and the reporting country). */
	static final String COUNTRIES = "COUNTERPART_AREA";

	private final IndicatorCatalogue catalogue;

	private final Directory directory;

	CodeLists(IndicatorCatalogue catalogue, Directory directory) {
		this.catalogue = catalogue;
		this.directory = directory;
	}

	public Snapshot snapshot() {
		Map<String, Map<String, String>> byDimension = new HashMap<>();
		for (IndicatorCatalogue.Dimension d : this.catalogue.dimensions()) {
			Map<String, String> index = new HashMap<>();
			for (IndicatorCatalogue.Code c : d.codes()) {
				index.put(normalise(c.code()), c.code());
				c.name().values().values().forEach((name) -> index.putIfAbsent(normalise(name), c.code()));
			}
			index.put(normalise(Dimensions.TOTAL), Dimensions.TOTAL);
			byDimension.put(d.code(), index);
		}
		Map<String, String> sex = byDimension.get("SEX");
		if (sex != null) {
			SEX_ALIASES.forEach((written, code) -> {
				if (sex.containsValue(code)) {
					sex.putIfAbsent(normalise(written), code);
				}
			});
		}
		Map<String, String> areas = byDimension.computeIfAbsent("COUNTERPART_AREA", (k) -> new HashMap<>());
		Set<String> alpha3 = new HashSet<>(areas.values());
		alpha3.addAll(CountryNames.iso3166().keySet());
		Map<String, String> cldr = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (String code : alpha3) {
			for (String name : CountryNames.of(code)) {
				String previous = cldr.putIfAbsent(normalise(name), code);
				if (previous != null && !previous.equals(code)) {
					ambiguous.add(normalise(name));
				}
			}
		}
		// a name CLDR gives two countries ("Congo") names neither
		ambiguous.forEach(cldr::remove);
		cldr.forEach(areas::putIfAbsent);
		for (Country country : this.directory.countries().values()) {
			if (alpha3.contains(country.alpha3())) {
				areas.putIfAbsent(normalise(country.code()), country.alpha3());
				country.name()
					.values()
					.values()
					.forEach((name) -> areas.putIfAbsent(normalise(name), country.alpha3()));
			}
		}
		return new Snapshot(byDimension);
	}

	static String normalise(String text) {
		String t = Normalizer.normalize(text.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return t.replace('ё', 'е').replaceAll("\\s+", " ");
	}

	/** The code lists of one moment. */
	public static final class Snapshot {

		private final Map<String, Map<String, String>> byDimension;

		private Snapshot(Map<String, Map<String, String>> byDimension) {
			this.byDimension = byDimension;
		}

		public boolean knowsDimension(String dimension) {
			return this.byDimension.containsKey(dimension);
		}

		/**
		 * The code meant by a cell, or null when the dimension's list has no such code or
		 * name.
		 */
		public String resolve(String dimension, String written) {
			Map<String, String> index = this.byDimension.get(dimension);
			if (index == null || written == null) {
				return null;
			}
			String blank = written.trim();
			if (blank.isEmpty()) {
				return Dimensions.TOTAL;
			}
			int colon = blank.indexOf(": ");
			String code = index.get(normalise(blank));
			if (code == null && colon > 0) {
				code = index.get(normalise(blank.substring(0, colon)));
			}
			if (code == null && dimension.equals(COUNTRIES)) {
				String alpha3 = CountryNames.ofM49(blank);
				code = alpha3; // every ISO 3166-1 country is on the list
			}
			return code;
		}

		/**
		 * Whether a country cell names a group of countries by its numeric code (M49's
		 * 001 World or 143 Central Asia, UN DESA's 900 WORLD), which is never a country.
		 */
		public boolean isAggregate(String dimension, String written) {
			return dimension.equals(COUNTRIES) && CountryNames.isM49Aggregate(written);
		}

	}

}
