package org.hamkori.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import org.hamkori.shared.i18n.LocalizedText;

/**
 * The names a file may use for a country, from CLDR through ICU4J, never typed by hand:
 * in each of Hamkori's six languages the full name ("Russia", "Россия", "Rossiya"), the
 * short one ("US", "США", "UK") and CLDR's variant ("Turkey" beside "Türkiye", "Czech
 * Republic"), plus the ISO 3166-1 alpha-2 and alpha-3 codes.
 */
final class CountryNames {

	static final List<String> LANGUAGES = List.of("en", "ru", "tg", "uz", "kk", "ky");

	/** ISO alpha-3 to alpha-2, for every country the JDK knows. */
	private static final Map<String, String> ALPHA2 = alpha2();

	/**
	 * The ISO 3166-1 countries by alpha-3 code, in code order, each named in the six
	 * languages by CLDR.
	 */
	private static final Map<String, LocalizedText> COUNTRIES = countries();

	private static final Map<String, List<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

	private CountryNames() {
	}

	/**
	 * The full ISO 3166-1 list: alpha-3 code to CLDR's standard name in each of the six
	 * languages, in code order. The list is what both ICU4J and the JDK know as
	 * officially assigned, so CLDR's extra territories (Kosovo, Canary Islands, Diego
	 * Garcia) are left out.
	 */
	static Map<String, LocalizedText> iso3166() {
		return COUNTRIES;
	}

	static boolean isIso3166(String alpha3) {
		return COUNTRIES.containsKey(alpha3);
	}

	/**
	 * The lowest of the codes UN DESA gives its own aggregates (900 WORLD, 901 More
	 * developed regions, 1503 High-income countries...), which are not M49 areas.
	 */
	private static final int UN_DESA_AGGREGATES = 900;

	/**
	 * The country a UN M49 numeric code names ("762", "4", "004"), as ISO alpha-3, read
	 * through ICU's regions; null when the code names no ISO 3166-1 country.
	 */
	static String ofM49(String written) {
		Region region = m49(written);
		if (region == null || region.getType() != Region.RegionType.TERRITORY) {
			return null;
		}
		String alpha3 = new ULocale("", region.toString()).getISO3Country();
		return isIso3166(alpha3) ? alpha3 : null;
	}

	/**
	 * Whether a numeric code names a group of countries rather than one: an M49 world,
	 * continent, region or grouping (ICU's region types), or one of UN DESA's own
	 * aggregates (900 and above).
	 */
	static boolean isM49Aggregate(String written) {
		if (written == null || !written.strip().matches("\\d{1,4}")) {
			return false;
		}
		if (Integer.parseInt(written.strip()) >= UN_DESA_AGGREGATES) {
			return true;
		}
		Region region = m49(written);
		return region != null && region.getType() != Region.RegionType.TERRITORY
				&& region.getType() != Region.RegionType.DEPRECATED && region.getType() != Region.RegionType.UNKNOWN;
	}

	private static Region m49(String written) {
		if (written == null || !written.strip().matches("\\d{1,3}")) {
			return null;
		}
		try {
			return Region.getInstance(Integer.parseInt(written.strip()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Every name and code that means the country with this alpha-3 code. */
	static List<String> of(String alpha3) {
		return CACHE.computeIfAbsent(alpha3, CountryNames::lookUp);
	}

	private static List<String> lookUp(String alpha3) {
		List<String> names = new ArrayList<>();
		String alpha2 = ALPHA2.get(alpha3);
		if (alpha2 == null) {
			return List.of();
		}
		names.add(alpha2);
		names.add(alpha3);
		for (String language : LANGUAGES) {
			ULocale locale = new ULocale(language);
			for (DisplayContext length : List.of(DisplayContext.LENGTH_FULL, DisplayContext.LENGTH_SHORT)) {
				String name = LocaleDisplayNames.getInstance(locale, length).regionDisplayName(alpha2);
				if (name != null && !name.equals(alpha2)) {
					names.add(name);
				}
			}
			names.addAll(variants(locale, alpha2));
		}
		return List.copyOf(names);
	}

	/** CLDR's alternative names ({@code alt="variant"} and {@code alt="short"}). */
	private static List<String> variants(ULocale locale, String alpha2) {
		List<String> found = new ArrayList<>();
		try {
			UResourceBundle bundle = UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, locale);
			for (String table : List.of("Countries%variant", "Countries%short")) {
				try {
					found.add(bundle.get(table).getString(alpha2));
				}
				catch (MissingResourceException ex) {
					// this language has no such alternative for the country
				}
			}
		}
		catch (MissingResourceException ex) {
			// no region data for the language: its standard names still count
		}
		return found;
	}

	private static Map<String, LocalizedText> countries() {
		Set<String> official = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
		Map<String, LocalizedText> countries = new TreeMap<>();
		for (String alpha2 : ULocale.getISOCountries()) {
			String alpha3 = new ULocale("", alpha2).getISO3Country();
			if (!official.contains(alpha2) || alpha3.length() != 3) {
				continue;
			}
			Map<String, String> names = new LinkedHashMap<>();
			for (String language : LANGUAGES) {
				String name = LocaleDisplayNames.getInstance(new ULocale(language)).regionDisplayName(alpha2);
				if (name != null && !name.equals(alpha2)) {
					names.put(language, name);
				}
			}
			countries.put(alpha3, new LocalizedText(names));
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(countries));
	}

	private static Map<String, String> alpha2() {
		Map<String, String> map = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			try {
				map.put(new Locale("", alpha2).getISO3Country(), alpha2);
			}
			catch (MissingResourceException ex) {
				// a code without an alpha-3 equivalent is not used in statistics
			}
		}
		return Map.copyOf(map);
	}

}
