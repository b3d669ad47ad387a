package org.hamkori.formats;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamkori.shared.security.Digests;

/**
 * What each column of a CSV file holds: its header mapped to a role. The roles are
 * INDICATOR, PERIOD, VALUE, NOTE, UNIT_MULT (the power of ten a line's value is given
 * in), IGNORE and the catalogue dimension codes (SEX, AGE, COUNTERPART_AREA, ACTIVITY,
 * OCCUPATION, EDUCATION, MIGRANT_CATEGORY) plus REF_AREA for the reporting country.
 * Headers keep the file's order; a header the mapping does not name is ignored. The
 * mapping is stored per institution under {@link #headerKey} in a varchar as
 * {@link #encode()} writes it.
 */
public final class ColumnMapping {

	public static final String INDICATOR = "INDICATOR";

	public static final String PERIOD = "PERIOD";

	public static final String VALUE = "VALUE";

	public static final String NOTE = "NOTE";

	public static final String IGNORE = "IGNORE";

	/** The power of ten a line's value is given in (SDMX UNIT_MULT). */
	public static final String UNIT_MULT = "UNIT_MULT";

	/**
	 * The catalogue dimension codes a column can hold, and REF_AREA for the reporting
	 * country.
	 */
	public static final List<String> DIMENSIONS = List.of("SEX", "AGE", "COUNTERPART_AREA", "ACTIVITY", "OCCUPATION",
			"EDUCATION", "MIGRANT_CATEGORY", "REF_AREA");

	/** Every role, in the order a mapping screen offers them. */
	public static final List<String> ROLES;

	static {
		List<String> roles = new ArrayList<>(List.of(INDICATOR, PERIOD, VALUE, NOTE));
		roles.addAll(DIMENSIONS);
		roles.add(UNIT_MULT);
		roles.add(IGNORE);
		ROLES = List.copyOf(roles);
	}

	/**
	 * Header names the suggestion knows, loosely compared; earlier names of a role win
	 * over later ones.
	 */
	private static final Map<String, List<String>> KNOWN = new LinkedHashMap<>();

	static {
		KNOWN.put(INDICATOR,
				List.of("indicator", "indicator code", "indicator id", "series code", "measure", "indicator name",
						"series", "series name", "код показателя", "показатель", "индикатор", "нишондиҳанда",
						"ko'rsatkich", "көрсеткіш", "көрсөткүч"));
		KNOWN.put(PERIOD, List.of("time period", "period", "time", "year", "date", "reference period", "период",
				"отчетный период", "год", "давра", "сол", "davr", "yil"));
		KNOWN.put(VALUE, List.of("obs value", "value", "observation value", "amount", "count", "значение", "величина",
				"количество", "сумма", "қимат", "миқдор", "qiymat"));
		KNOWN.put(NOTE, List.of("note", "notes", "comment", "comments", "obs comment", "remark", "footnote",
				"комментарий", "примечание", "эзоҳ", "izoh"));
		KNOWN.put(UNIT_MULT, List.of("unit mult", "unit multiplier", "multiplier", "множитель", "множитель единиц"));
		KNOWN.put("SEX", List.of("sex", "gender", "sex code", "пол", "ҷинс", "jins"));
		KNOWN.put("AGE", List.of("age", "age group", "age band", "возраст", "возрастная группа", "синну сол", "yosh"));
		KNOWN.put("COUNTERPART_AREA",
				List.of("counterpart area", "country code", "destination code", "location code of destination", "iso3",
						"iso code", "country", "country name", "destination", "destination country",
						"country of destination", "host country", "страна", "страна назначения", "страна пребывания",
						"код страны", "кишвар", "davlat", "mamlakat", "ел", "өлкө"));
		KNOWN.put("ACTIVITY", List.of("activity", "economic activity", "isic", "sector", "industry",
				"вид экономической деятельности", "вэд", "отрасль", "сфера занятости"));
		KNOWN.put("OCCUPATION", List.of("occupation", "isco", "профессия", "род занятий", "занятие"));
		KNOWN.put("EDUCATION", List.of("education", "education level", "level of education", "isced", "образование",
				"уровень образования", "маълумот"));
		KNOWN.put("MIGRANT_CATEGORY", List.of("migrant category", "category", "migrant type", "категория мигрантов",
				"категория", "тип мигранта"));
		// UN DESA's migrant stock tables: the origin is the reporting country (emigrants)
		KNOWN.put("REF_AREA", List.of("ref area", "reference area", "reporting country", "reporter", "origin country",
				"location code of origin", "country of origin", "страна отчетности", "страна происхождения"));
	}

	/** The country headers of the World Bank's files. */
	private static final List<String> WORLD_BANK_COUNTRY = List.of("country code", "country name", "country");

	private final Map<String, String> roles;

	private ColumnMapping(Map<String, String> roles) {
		this.roles = Collections.unmodifiableMap(roles);
	}

	/**
	 * A mapping from headers to roles, in the file's order. Unknown roles are refused.
	 * @param roles header to role
	 * @return the mapping
	 */
	public static ColumnMapping of(Map<String, String> roles) {
		Map<String, String> checked = new LinkedHashMap<>();
		roles.forEach((header, role) -> {
			if (!ROLES.contains(role)) {
				throw new IllegalArgumentException("Unknown column role " + role);
			}
			checked.put(header, role);
		});
		return new ColumnMapping(checked);
	}

	/**
	 * Guesses the role of each header from common English, Russian, Tajik, Uzbek and SDMX
	 * names; each role but IGNORE goes to one column at most (a code column wins over a
	 * name column), and a period header of a wide file or an unknown header is IGNORE.
	 * @param headers the file's header line
	 * @return the suggested mapping
	 */
	public static ColumnMapping suggest(List<String> headers) {
		Map<String, String> roles = new LinkedHashMap<>();
		Map<String, Integer> bestRank = new LinkedHashMap<>();
		Map<String, String> bestHeader = new LinkedHashMap<>();
		for (String header : headers) {
			roles.put(header, IGNORE);
			String normal = Cells.normalHeader(Cells.code(header));
			for (Map.Entry<String, List<String>> known : KNOWN.entrySet()) {
				int rank = known.getValue().indexOf(normal);
				if (rank < 0 && known.getKey().equalsIgnoreCase(normal.replace(' ', '_'))) {
					rank = 0;
				}
				if (rank >= 0 && rank < bestRank.getOrDefault(known.getKey(), Integer.MAX_VALUE)) {
					bestRank.put(known.getKey(), rank);
					bestHeader.put(known.getKey(), header);
				}
			}
		}
		// In the World Bank's layouts (country, then indicator or series, then the years;
		// or Country Name, Country Code, Year, Value) the country is the reporting
		// economy, never a destination: guessing it as a counterpart would file other
		// countries' rows as breakdowns of this one.
		String country = bestHeader.get("COUNTERPART_AREA");
		if (country != null && (bestHeader.containsKey(INDICATOR) || worldBankPair(headers))
				&& !bestHeader.containsKey("REF_AREA")
				&& WORLD_BANK_COUNTRY.contains(Cells.normalHeader(Cells.code(country)))) {
			bestHeader.remove("COUNTERPART_AREA");
			bestHeader.put("REF_AREA", country);
			// another country column (a destination) may still be the counterpart
			int best = Integer.MAX_VALUE;
			for (String header : headers) {
				int rank = KNOWN.get("COUNTERPART_AREA").indexOf(Cells.normalHeader(Cells.code(header)));
				if (!header.equals(country) && rank >= 0 && rank < best
						&& !WORLD_BANK_COUNTRY.contains(Cells.normalHeader(Cells.code(header)))) {
					best = rank;
					bestHeader.put("COUNTERPART_AREA", header);
				}
			}
		}
		bestHeader.forEach((role, header) -> {
			if (IGNORE.equals(roles.get(header))) {
				roles.put(header, role);
			}
		});
		return new ColumnMapping(roles);
	}

	/**
	 * Whether the headers hold both "Country Name" and "Country Code", as every World
	 * Bank file does, even the long {@code Country Name, Country Code, Year, Value} one
	 * that names no indicator.
	 */
	private static boolean worldBankPair(List<String> headers) {
		List<String> normal = headers.stream().map(Cells::normalHeader).toList();
		return normal.contains("country name") && normal.contains("country code");
	}

	/** The role of a header; IGNORE for a header the mapping does not name. */
	public String role(String header) {
		return this.roles.getOrDefault(header, IGNORE);
	}

	/** Header to role, in the file's order. */
	public Map<String, String> roles() {
		return this.roles;
	}

	/** The first header mapped to the role, or null. */
	public String headerOf(String role) {
		for (Map.Entry<String, String> entry : this.roles.entrySet()) {
			if (entry.getValue().equals(role)) {
				return entry.getKey();
			}
		}
		return null;
	}

	public boolean has(String role) {
		return this.roles.containsValue(role);
	}

	/**
	 * A stable key of a header line, so a mapping can be remembered per institution:
	 * SHA-256 in hex (64 characters) of the headers compared loosely (case, spaces, byte
	 * order mark). Period headers of a wide file count as one placeholder, so next year's
	 * file with one more year column keeps its key.
	 * @param headers the file's header line
	 * @return 64 hex characters
	 */
	public static String headerKey(List<String> headers) {
		StringBuilder line = new StringBuilder();
		boolean previousWasPeriod = false;
		for (String header : headers) {
			boolean period = Cells.periodHeader(header) != null;
			if (period && previousWasPeriod) {
				continue;
			}
			previousWasPeriod = period;
			line.append(period ? "\u0000period" : Cells.normalHeader(header)).append('\u001F');
		}
		return Digests.sha256Hex(line.toString());
	}

	/**
	 * The mapping as one line of text: {@code header=ROLE} pairs joined by {@code &},
	 * headers URL-encoded in UTF-8; {@link #decode} reads it back.
	 */
	public String encode() {
		StringBuilder text = new StringBuilder();
		this.roles.forEach((header, role) -> {
			if (!text.isEmpty()) {
				text.append('&');
			}
			text.append(URLEncoder.encode(header, StandardCharsets.UTF_8)).append('=').append(role);
		});
		return text.toString();
	}

	/**
	 * Reads what {@link #encode()} wrote.
	 * @param text the stored mapping
	 * @return the mapping
	 * @throws IllegalArgumentException for text that is not a stored mapping
	 */
	public static ColumnMapping decode(String text) {
		Map<String, String> roles = new LinkedHashMap<>();
		if (text == null || text.isEmpty()) {
			return new ColumnMapping(roles);
		}
		for (String pair : text.split("&", -1)) {
			int equals = pair.lastIndexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException("Not a column mapping: " + pair);
			}
			String role = pair.substring(equals + 1);
			if (!ROLES.contains(role)) {
				throw new IllegalArgumentException("Unknown column role " + role);
			}
			roles.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8), role);
		}
		return new ColumnMapping(roles);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ColumnMapping mapping && mapping.roles.equals(this.roles);
	}

	@Override
	public int hashCode() {
		return this.roles.hashCode();
	}

	@Override
	public String toString() {
		return encode();
	}

}
