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
 * variant, {@link CountryNames}) and the directory's country names. A snapshot is built
 * per import, so an import sees one consistent code list.
 */
@NamedInterface("catalogue")
@Component
public class CodeLists {

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
		Map<String, String> areas = byDimension.computeIfAbsent("COUNTERPART_AREA", (k) -> new HashMap<>());
		Set<String> alpha3 = new HashSet<>(areas.values());
		for (String code : alpha3) {
			CountryNames.of(code).forEach((name) -> areas.putIfAbsent(normalise(name), code));
		}
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
			return code;
		}

	}

}
